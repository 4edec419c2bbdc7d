import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PayoutDetailView } from "@/components/payouts/payout-detail-view";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { viewPayoutDetail } from "@/lib/payouts/allowed-actions";
import { getPayoutDetail } from "@/lib/payouts/get-payout";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payouts"))("title") };
}

export default async function PayoutPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaffPage("payouts:read");
  const detail = await getPayoutDetail(db(), (await params).id);
  if (!detail) notFound();
  return <PayoutDetailView initial={viewPayoutDetail(detail, staff)} />;
}
