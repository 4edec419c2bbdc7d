import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BalancesCard } from "@/components/overview/balances-card";
import { DailyVolumeChart } from "@/components/overview/daily-volume-chart";
import { OperatorChart } from "@/components/overview/operator-chart";
import { OverviewRefresher } from "@/components/overview/overview-refresher";
import { RecentActivity } from "@/components/overview/recent-activity";
import { operatorLabel } from "@/components/transactions/operator-label";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { pageContext } from "@/lib/http/request-context";
import { formatXof } from "@/lib/money";
import { getOverview } from "@/lib/overview/get-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("overview"))("title") };
}

export default async function OverviewPage() {
  const ctx = await pageContext("overview:read");
  const { locale } = ctx;
  const [t, overview] = await Promise.all([getTranslations("overview"), getOverview(ctx.db)]);
  const { activity } = overview;
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  const labels = { received: t("chartReceived"), paidOut: t("chartPaidOut") };
  const operators = activity.byOperator.map((o) => ({
    operator: operatorLabel(o.operator),
    received: Number(o.received),
    paidOut: Number(o.paidOut),
  }));
  return (
    <>
      <OverviewRefresher />
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <div className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
        <StatCard
          label={t("receivedToday")}
          value={formatXof(activity.received.today.total, locale)}
          hint={t("paidInvoices", { count: activity.received.today.count })}
        />
        <StatCard
          label={t("received7d")}
          value={formatXof(activity.received.days7.total, locale)}
          hint={t("paidInvoices", { count: activity.received.days7.count })}
        />
        <StatCard
          label={t("received30d")}
          value={formatXof(overview.received30d.total, locale)}
          hint={t("paidInvoices", { count: overview.received30d.count })}
        />
        <StatCard
          label={t("successRate")}
          value={activity.successRate30d === null ? "—" : percent.format(activity.successRate30d)}
          hint={activity.successRate30d === null ? t("successRateNone") : t("successRateHint")}
        />
      </div>
      <div className="mt-3 grid grid-cols-2 gap-3 sm:mt-4 sm:grid-cols-3 sm:gap-4 [&>*:last-child]:col-span-2 sm:[&>*:last-child]:col-span-1">
        <StatCard
          label={t("refunds30d")}
          value={formatXof(activity.refunds30d.total, locale)}
          hint={t("refundsCount", { count: activity.refunds30d.count })}
        />
        <StatCard
          label={t("paidOut30d")}
          value={formatXof(overview.paidOut30d.total, locale)}
          hint={t("payoutsCount", { count: overview.paidOut30d.count })}
        />
        <StatCard
          label={t("pending")}
          value={String(overview.pendingCount)}
          testId="overview-pending"
          hint={
            overview.pendingCount ? t("pendingAge", activity.pendingByAge) : t("pendingHint", { count: 0 })
          }
        />
      </div>
      <div className="mt-6 grid items-start gap-6 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader title={t("dailyChart")} hint={t("dailyChartHint")} />
          <div className="px-3 py-4">
            <DailyVolumeChart
              data={activity.daily}
              locale={locale}
              labels={labels}
              dayHeading={t("chartDay")}
            />
          </div>
        </Card>
        <div className="space-y-6">
          <BalancesCard balances={overview.balances} locale={locale} />
          <Card>
            <CardHeader title={t("operatorChart")} hint={t("operatorChartHint")} />
            {operators.length === 0 ? (
              <p className="px-5 py-6 text-sm text-ink-muted">{t("noOperatorActivity")}</p>
            ) : (
              <div className="px-3 py-4">
                <OperatorChart data={operators} locale={locale} labels={labels} />
              </div>
            )}
          </Card>
        </div>
      </div>
      <div className="mt-6">
        <RecentActivity rows={overview.recent} locale={locale} />
      </div>
    </>
  );
}
