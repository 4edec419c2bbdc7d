import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { operatorLabel } from "@/components/transactions/operator-label";
import type { Receipt } from "@/lib/invoices/receipt";
import type { ReceiptPdfText } from "@/lib/invoices/receipt-pdf";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import { customerDate } from "./customer-date";

/** The receipt's words in the reader's language: one source for the page and the PDF. */
export async function receiptText(receipt: Receipt, merchant: string): Promise<ReceiptPdfText> {
  const [t, tPay, locale] = await Promise.all([
    getTranslations("pay.receipt"),
    getTranslations("pay"),
    getLocale() as Promise<Locale>,
  ]);
  const money = (amount: number) => formatXof(amount, locale);
  const date = customerDate(receipt.paidAt, locale);
  const operator = receipt.operator ? operatorLabel(receipt.operator) : receipt.operatorName;
  return {
    title: t("title"),
    merchant,
    verified: t("verified"),
    facts: [
      [t("merchant"), merchant],
      [t("reference"), receipt.reference],
      [t("description"), receipt.description],
      [t("amount"), money(receipt.amount)],
      [t("operator"), operator ?? t("unknown")],
      ...(receipt.payerPhone ? [[t("payer"), receipt.payerPhone] as [string, string]] : []),
      [t("ligdicashReference"), receipt.ligdicashReference ?? t("unknown")],
      [t("paidAt"), date],
    ],
    items: receipt.items.map((item) => [
      item.name,
      tPay("quantityTimes", { quantity: item.quantity, price: money(item.unitPrice) }),
      money(item.totalPrice),
    ]),
    totalLabel: t("total"),
    total: money(receipt.amount),
    footer: t("footer", { merchant }),
  };
}
