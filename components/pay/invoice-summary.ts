import { getLocale, getTranslations } from "next-intl/server";
import { html, type SafeHtml } from "@/lib/html/escape-html";
import type { PublicInvoice } from "@/lib/invoices/public-invoice";
import { formatXof } from "@/lib/money";
import type { Locale } from "@/i18n/config";

/** Items and total as the customer sees them. */
export async function invoiceSummary(invoice: PublicInvoice): Promise<SafeHtml> {
  const [t, locale] = await Promise.all([getTranslations("pay"), getLocale() as Promise<Locale>]);
  const items = invoice.items.map(
    (item) =>
      html`<li class="row sm">
        <div class="wrap">
          <p class="medium">${item.name}</p>
          ${item.description ? html`<p class="xs muted">${item.description}</p>` : null}
          <p class="xs muted">
            ${t("quantityTimes", { quantity: item.quantity, price: formatXof(item.unitPrice, locale) })}
          </p>
        </div>
        <p class="nowrap">${formatXof(item.totalPrice, locale)}</p>
      </li>`,
  );
  return html`<div>
    <p class="spread sm">
      <span class="strong" data-testid="pay-reference"
        >${t("reference", { reference: invoice.reference })}</span
      >
      <span class="muted" data-testid="pay-customer">${t("customer", { name: invoice.customerName })}</span>
    </p>
    <p class="mt1 sm muted wrap">${invoice.description}</p>
    <ul class="mt4 rows">
      ${items}
    </ul>
    <p class="mt4 total">
      <span class="sm medium muted">${t("total")}</span
      ><span class="amount" data-testid="pay-total">${formatXof(invoice.totalAmount, locale)}</span>
    </p>
  </div>`;
}
