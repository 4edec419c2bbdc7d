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
import { can } from "@/lib/auth/permissions";
import { pageContext } from "@/lib/http/request-context";
import { formatXof } from "@/lib/money";
import { getTransaction } from "@/lib/transaction-history/get-transaction";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transactions"))("title") };
}

export default async function TransactionPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await pageContext("ledger:read");
  const { locale, staff } = ctx;
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
  const number = detail.kind === "payin" ? detail.invoice.number : detail.payout.number;
  // Viewers read the story in words: no raw exchanges (tokens), no staff e-mails or addresses.
  const technical = can(staff.role, "gateway:details");
  return (
    <>
      <Link href="/transactions" className="mb-3 inline-block text-sm text-ink-muted hover:text-ink">
        ← {t("detail.back")}
      </Link>
      <PageHeader
        title={title}
        subtitle={`${t(`types.${detail.kind}`)} ${number} · ${formatXof(detail.kind === "payin" ? amount : -amount, locale)} · ${format.dateTime(createdAt, "moment")}`}
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-1">
          <SummaryCard detail={detail} locale={locale} />
          {can(staff.role, "audit:read") ? <AuditCard audit={detail.audit} /> : null}
        </div>
        <div className="min-w-0 space-y-6 lg:col-span-2">
          <ExchangesCard exchanges={detail.exchanges} technical={technical} />
          <CallbacksCard callbacks={detail.callbacks} technical={technical} />
          {detail.kind === "payin" ? <RefundsCard refunds={detail.refunds} locale={locale} /> : null}
          <LedgerCard journals={detail.journals} locale={locale} technical={technical} />
        </div>
      </div>
    </>
  );
}
