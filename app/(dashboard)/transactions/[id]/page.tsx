import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  AuditCard,
  CallbacksCard,
  ExchangesCard,
  LedgerCard,
  RefundsCard,
} from "@/components/transactions/detail-sections";
import { SummaryCard } from "@/components/transactions/summary-card";
import { PageHeader } from "@/components/ui/page-header";
import { pageContext } from "@/lib/http/request-context";
import { formatXof } from "@/lib/money";
import { getTransaction } from "@/lib/transaction-history/get-transaction";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transactions"))("title") };
}

export default async function TransactionPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageContext("ledger:read");
  const { locale } = ctx;
  const { id } = await params;
  const [t, format, detail] = await Promise.all([
    getTranslations("transactions"),
    getFormatter(),
    getTransaction(ctx.db, id),
  ]);
  if (!detail) notFound();
  const amount = detail.kind === "payin" ? detail.invoice.totalAmount : detail.payout.amount;
  const title = detail.kind === "payin" ? detail.invoice.description : detail.payout.reason;
  const createdAt = detail.kind === "payin" ? detail.invoice.createdAt : detail.payout.createdAt;
  return (
    <>
      <Link href="/transactions" className="mb-3 inline-block text-sm text-ink-muted hover:text-ink">
        ← {t("detail.back")}
      </Link>
      <PageHeader
        title={title}
        subtitle={`${t(`types.${detail.kind}`)} · ${formatXof(amount, locale)} · ${format.dateTime(createdAt, { dateStyle: "long", timeStyle: "short", timeZone: "Africa/Ouagadougou" })}`}
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-1">
          <SummaryCard detail={detail} locale={locale} />
          <AuditCard audit={detail.audit} />
        </div>
        <div className="space-y-6 lg:col-span-2">
          <ExchangesCard exchanges={detail.exchanges} />
          <CallbacksCard callbacks={detail.callbacks} />
          {detail.kind === "payin" ? <RefundsCard refunds={detail.refunds} locale={locale} /> : null}
          <LedgerCard journals={detail.journals} locale={locale} />
        </div>
      </div>
    </>
  );
}
