import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BatchesList } from "@/components/payout-batches/batches-list";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { listBatches } from "@/lib/payout-batches/list-batches";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payoutBatches"))("list.title") };
}

export default async function PayoutBatchesPage() {
  const staff = await requireStaffPage("payouts:read");
  const [t, batches] = await Promise.all([getTranslations("payoutBatches"), listBatches(db())]);
  const newButton = can(staff.role, "payouts:request") ? (
    <Link
      href="/payout-batches/new"
      className="inline-flex items-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
    >
      {t("list.new")}
    </Link>
  ) : null;
  return (
    <>
      <PageHeader title={t("list.title")} subtitle={t("list.intro")} actions={newButton} />
      <Card>
        <BatchesList initial={batches} />
      </Card>
    </>
  );
}
