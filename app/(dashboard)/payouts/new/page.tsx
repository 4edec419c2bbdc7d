import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PayoutForm } from "@/components/payouts/payout-form";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { configuredAmountLimits } from "@/lib/ligdicash";
import { formatXof } from "@/lib/money";
import { getBalanceAlerts } from "@/lib/balance-alerts/get-balance-alerts";
import { getRefundContext } from "@/lib/payouts/refund-context";
import { sumSentWithoutApproval } from "@/lib/payouts/sent-without-approval";
import { getApprovalSettings } from "@/lib/settings/approval-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("payouts"))("new") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewPayoutPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaffPage("payouts:request");
  const invoice = (await searchParams).invoice;
  const invoiceId = typeof invoice === "string" && invoice.length <= 64 ? invoice : null;
  const [t, locale, refund, balances, approvalSettings, sentWithoutApproval] = await Promise.all([
    getTranslations("payouts.form"),
    getLocale(),
    invoiceId ? getRefundContext(db(), invoiceId) : Promise.resolve(null),
    getBalanceAlerts(db()),
    getApprovalSettings(db()),
    sumSentWithoutApproval(db(), staff.id),
  ]);
  const money = (n: number) => formatXof(n, locale === "en" ? "en" : "fr");
  const blocked = invoiceId
    ? !refund
      ? t("invoiceMissing")
      : refund.status !== "completed"
        ? t("notCompleted")
        : refund.remaining === 0
          ? t("nothingLeft")
          : null
    : null;
  return (
    <>
      <PageHeader
        title={invoiceId ? t("titleRefund") : t("titleStandalone")}
        subtitle={invoiceId ? t("subtitleRefund") : t("subtitleStandalone")}
      />
      <div className="space-y-6">
        {refund ? (
          <Card>
            <dl className="grid gap-4 p-5 text-sm sm:grid-cols-4" data-testid="refund-context">
              <div className="sm:col-span-4">
                <dt className="text-ink-muted">{t("invoice")}</dt>
                <dd className="font-medium text-ink">
                  <span className="whitespace-nowrap tabular-nums">{refund.invoiceNumber}</span> —{" "}
                  {refund.description} — {refund.customerName}
                </dd>
              </div>
              <div>
                <dt className="text-ink-muted">{t("paid")}</dt>
                <dd className="font-medium tabular-nums text-ink">{money(refund.paid)}</dd>
              </div>
              <div>
                <dt className="text-ink-muted">{t("taken")}</dt>
                <dd className="font-medium tabular-nums text-ink">{money(refund.taken)}</dd>
              </div>
              <div>
                <dt className="text-ink-muted">{t("remaining")}</dt>
                <dd className="font-semibold tabular-nums text-brand-800" data-testid="refund-remaining">
                  {money(refund.remaining)}
                </dd>
              </div>
            </dl>
          </Card>
        ) : null}
        <Card>
          <CardHeader title={invoiceId ? t("titleRefund") : t("titleStandalone")} />
          {blocked ? (
            <p role="alert" className="m-5 rounded-lg bg-warning-soft px-3 py-2 text-sm text-warning">
              {blocked}{" "}
              <Link href="/payouts" className="ml-2 underline">
                ←
              </Link>
            </p>
          ) : (
            <PayoutForm
              refund={refund}
              balances={balances}
              approval={{ settings: approvalSettings, sentWithoutApproval }}
              limits={configuredAmountLimits()}
            />
          )}
        </Card>
      </div>
    </>
  );
}
