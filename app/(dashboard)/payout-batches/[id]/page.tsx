import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BatchDetailView } from "@/components/payout-batches/batch-detail";
import { BatchesPageHeader } from "@/components/payout-batches/batches-page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { getBatch } from "@/lib/payout-batches/get-batch";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payoutBatches"))("detail.title") };
}

export default async function PayoutBatchPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaffPage("payouts:read");
  const batch = await getBatch(db(), (await params).id).catch(() => null);
  if (!batch) notFound();
  return (
    <>
      <BatchesPageHeader titleKey="detail.title" />
      <BatchDetailView
        initial={batch}
        viewer={{
          id: staff.id,
          canApprove: can(staff.role, "payouts:approve"),
          canRequest: can(staff.role, "payouts:request"),
        }}
      />
    </>
  );
}
