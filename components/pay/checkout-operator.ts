import { getTranslations } from "next-intl/server";
import { escapeHtml, html, trustedHtml, type SafeHtml } from "@/lib/html/escape-html";
import type { CheckoutOperator } from "@/lib/invoices/checkout-operator";

/**
 * Which operator LigdiCash will ask (the number the merchant pre-selected) and how to pay with
 * another one. A plain form (POST, form-action 'self'): works without JavaScript on any phone.
 */
export async function checkoutOperatorChoice(
  publicId: string,
  checkout: CheckoutOperator,
): Promise<SafeHtml> {
  const t = await getTranslations("pay.operator");
  // The message's own words are Caisse's; the operator and number are escaped before they go in.
  const asked = t.markup("asked", {
    operator: escapeHtml(checkout.name),
    phone: escapeHtml(checkout.phone),
    strong: (chunks) => `<strong class="nowrap strong">${chunks}</strong>`,
  });
  return html`<div class="panel" data-testid="pay-operator">
    <p class="sm">${trustedHtml(asked)}</p>
    ${
      checkout.canChange
        ? html`<form method="post" action="/pay/${encodeURIComponent(publicId)}/operator" class="mt3">
            <button type="submit" class="sm link" data-testid="pay-operator-change">${t("change")}</button>
            <p class="mt1 xs muted">${t("changeHint")}</p>
          </form>`
        : html`<p class="mt2 xs muted" data-testid="pay-operator-opened">
            ${t("opened", { operator: checkout.name })}
          </p>`
    }
  </div>`;
}
