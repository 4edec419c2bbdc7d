import { getLocale, getTranslations } from "next-intl/server";
import { receiptText } from "@/components/pay/receipt-text";
import { payDocument } from "@/components/pay/pay-document";
import { payNotFound } from "@/components/pay/pay-not-found";
import { payShell, toneIcon } from "@/components/pay/pay-shell";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { html } from "@/lib/html/escape-html";
import { findReceipt } from "@/lib/invoices/receipt";
import { formatXof } from "@/lib/money";
import { refundPath, refundsOfReceipt } from "@/lib/payouts/refund-status";
import type { Locale } from "@/i18n/config";

type Context = { params: Promise<{ receiptId: string }> };

// GET /pay/receipt/:receiptId — public: the customer's proof of payment, shown only while the
// invoice is verified paid; its words are the PDF's (components/pay/receipt-text.ts). No script.
export async function GET(request: Request, { params }: Context) {
  const { receiptId } = await params;
  const receipt = await findReceipt(db(), receiptId);
  if (!receipt) return payNotFound(request);
  const merchant = env().STORE_NAME;
  const [text, t, refunds, locale] = await Promise.all([
    receiptText(receipt, merchant),
    getTranslations("pay.receipt"),
    refundsOfReceipt(db(), receiptId),
    getLocale() as Promise<Locale>,
  ]);
  const facts = text.facts.map(
    ([label, value]) =>
      html`<div class="fact">
        <dt class="muted">${label}</dt>
        <dd>${value}</dd>
      </div>`,
  );
  const items = text.items.map(
    ([name, detail, total]) =>
      html`<li class="row">
        <div class="wrap">
          <p class="medium">${name}</p>
          <p class="xs muted">${detail}</p>
        </div>
        <p class="nowrap">${total}</p>
      </li>`,
  );
  const refundLinks = refunds.map(
    (refund) =>
      html`<li>
        <a href="${refundPath(refund.refundId)}" class="btn-outline" data-testid="refund-link"
          >${t("followRefund", { amount: formatXof(refund.amount, locale) })}</a
        >
      </li>`,
  );
  const content = html`<div class="center">
      ${toneIcon("success")}
      <h1 class="title">${text.title}</h1>
      <p class="mt1 sm medium text-success" data-testid="receipt-verified">${text.verified}</p>
      <p class="mt3 amount-lg" data-testid="receipt-amount">${text.total}</p>
    </div>
    <dl class="mt6 rows sm" data-testid="receipt-facts">${facts}</dl>
    <h2 class="mt6 sm strong">${t("items")}</h2>
    <ul class="mt2 rows sm">
      ${items}
    </ul>
    <a href="/pay/receipt/${encodeURIComponent(receiptId)}/pdf" class="mt6 btn" data-testid="receipt-pdf"
      >${t("download")}</a
    >
    ${
      refunds.length > 0
        ? html`<ul class="mt3 stack" data-testid="receipt-refunds">
            ${refundLinks}
          </ul>`
        : null
    }
    <p class="mt4 center xs muted">${text.footer}</p>`;
  return payDocument({ request, title: t("title"), body: await payShell(merchant, content) });
}
