import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PayShell } from "@/components/pay/pay-shell";
import { receiptText } from "@/components/pay/receipt-text";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findReceipt } from "@/lib/invoices/receipt";
import { formatXof } from "@/lib/money";
import { refundPath, refundsOfReceipt } from "@/lib/payouts/refund-status";
import type { Locale } from "@/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pay.receipt"))("title"), robots: { index: false } };
}

type Props = { params: Promise<{ receiptId: string }> };

// The customer's proof of payment: shown only while the invoice is verified paid.
export default async function ReceiptPage({ params }: Props) {
  const { receiptId } = await params;
  const receipt = await findReceipt(db(), receiptId);
  if (!receipt) notFound();
  const merchant = env().STORE_NAME;
  const [text, t, refunds, locale] = await Promise.all([
    receiptText(receipt, merchant),
    getTranslations("pay.receipt"),
    refundsOfReceipt(db(), receiptId),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <PayShell merchant={merchant}>
      <div className="text-center">
        <span
          aria-hidden="true"
          className="mx-auto flex h-14 w-14 items-center justify-center rounded-full bg-success-soft text-2xl font-bold text-success"
        >
          ✓
        </span>
        <h1 className="mt-4 text-xl font-semibold text-ink">{text.title}</h1>
        <p className="mt-1 text-sm font-medium text-success" data-testid="receipt-verified">
          {text.verified}
        </p>
        <p className="mt-3 text-3xl font-semibold tabular-nums text-ink" data-testid="receipt-amount">
          {text.total}
        </p>
      </div>
      <dl
        className="mt-6 divide-y divide-surface-line border-y border-surface-line text-sm"
        data-testid="receipt-facts"
      >
        {text.facts.map(([label, value]) => (
          <div key={label} className="flex flex-wrap justify-between gap-x-3 py-2.5">
            <dt className="text-ink-muted">{label}</dt>
            <dd className="min-w-0 break-words text-right font-medium text-ink">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-6 text-sm font-semibold text-ink">{t("items")}</h2>
      <ul className="mt-2 divide-y divide-surface-line text-sm">
        {text.items.map(([name, detail, total], index) => (
          <li key={index} className="flex items-start justify-between gap-3 py-2.5">
            <div className="min-w-0">
              <p className="break-words font-medium text-ink">{name}</p>
              <p className="text-xs text-ink-muted">{detail}</p>
            </div>
            <p className="whitespace-nowrap tabular-nums text-ink">{total}</p>
          </li>
        ))}
      </ul>
      <a
        href={`/pay/receipt/${receiptId}/pdf`}
        className="mt-6 block rounded-xl bg-brand-700 px-4 py-3.5 text-center text-base font-semibold text-white hover:bg-brand-800"
        data-testid="receipt-pdf"
      >
        {t("download")}
      </a>
      {refunds.length > 0 ? (
        <ul className="mt-3 space-y-2" data-testid="receipt-refunds">
          {refunds.map((refund) => (
            <li key={refund.refundId}>
              <a
                href={refundPath(refund.refundId)}
                className="block rounded-xl border border-brand-700 px-4 py-3 text-center text-sm font-semibold text-brand-700 hover:bg-surface-sunken"
                data-testid="refund-link"
              >
                {t("followRefund", { amount: formatXof(refund.amount, locale) })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-4 text-center text-xs text-ink-muted">{text.footer}</p>
    </PayShell>
  );
}
