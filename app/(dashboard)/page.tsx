import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BalancesCard } from "@/components/overview/balances-card";
import { RecentActivity } from "@/components/overview/recent-activity";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { currentLocale } from "@/lib/i18n/current-locale";
import { formatXof } from "@/lib/money";
import { getOverview } from "@/lib/overview/get-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("title") };
}

export default async function OverviewPage() {
  await requireStaffPage("overview:read");
  const [t, locale, overview] = await Promise.all([getTranslations("overview"), currentLocale(), getOverview(db())]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label={t("received30d")} value={formatXof(overview.received30d.total, locale)} hint={t("paidInvoices", { count: overview.received30d.count })} />
        <StatCard label={t("paidOut30d")} value={formatXof(overview.paidOut30d.total, locale)} hint={t("payoutsCount", { count: overview.paidOut30d.count })} />
        <StatCard label={t("pending")} value={String(overview.pendingCount)} hint={t("pendingHint", { count: overview.pendingCount })} />
      </div>
      <div className="mt-6 grid items-start gap-6 lg:grid-cols-3">
        <BalancesCard balances={overview.balances} locale={locale} />
        <div className="lg:col-span-2">
          <RecentActivity rows={overview.recent} locale={locale} />
        </div>
      </div>
    </>
  );
}
