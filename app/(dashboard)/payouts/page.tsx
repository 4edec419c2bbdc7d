import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ApprovalQueue, PayoutsList } from "@/components/payouts/payouts-list";
import { ApprovalSettingsForm } from "@/components/payouts/approval-settings-form";
import { BalanceAlertsForm } from "@/components/payouts/balance-alerts-form";
import { Card, CardHeader } from "@/components/ui/card";
import { FoldedCard } from "@/components/ui/folded-card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { getBalanceAlerts } from "@/lib/balance-alerts/get-balance-alerts";
import { db } from "@/lib/db";
import { listAwaitingApproval, listPayouts } from "@/lib/payouts/list-payouts";
import { recoverStuckPayouts } from "@/lib/payouts/recover-stuck-payouts";
import { payoutFiltersSchema } from "@/lib/payouts/schemas";
import { getApprovalSettings } from "@/lib/settings/approval-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payouts"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PayoutsPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaffPage("payouts:read");
  const params = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  // A hand-edited URL with a bad filter shows the unfiltered list rather than an error page.
  const parsed = payoutFiltersSchema.safeParse(params);
  const filters = parsed.success ? parsed.data : {};
  const canApprove = can(staff.role, "payouts:approve");
  await recoverStuckPayouts(db());
  const canSetAlerts = can(staff.role, "alerts:manage");
  const [t, page, awaiting, approvalSettings, alerts] = await Promise.all([
    getTranslations("payouts"),
    listPayouts(db(), filters),
    canApprove ? listAwaitingApproval(db()) : Promise.resolve([]),
    getApprovalSettings(db()),
    canSetAlerts ? getBalanceAlerts(db()) : Promise.resolve([]),
  ]);
  const newButton = can(staff.role, "payouts:request") ? (
    <Link
      href="/payouts/new"
      className="inline-flex items-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
    >
      {t("new")}
    </Link>
  ) : null;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} actions={newButton} />
      <div className="space-y-6">
        {canApprove && awaiting.length > 0 ? (
          <Card>
            <CardHeader title={`${t("toApprove")} (${awaiting.length})`} hint={t("toApproveHint")} />
            <ApprovalQueue initial={{ rows: awaiting, nextCursor: null }} currentStaffId={staff.id} />
          </Card>
        ) : null}
        <Card>
          <PayoutsList filters={filters} initial={page} currentStaffId={staff.id} />
        </Card>
        {canSetAlerts ? (
          <FoldedCard id="balance-alerts" title={t("alerts.title")} hint={t("alerts.hint")}>
            <BalanceAlertsForm alerts={alerts} />
          </FoldedCard>
        ) : null}
        {can(staff.role, "settings:manage") ? (
          <FoldedCard title={t("settings.title")} hint={t("settings.hint")}>
            <ApprovalSettingsForm current={approvalSettings} />
          </FoldedCard>
        ) : null}
      </div>
    </>
  );
}
