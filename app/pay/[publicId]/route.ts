import { getLocale, getTranslations } from "next-intl/server";
import { html } from "@/lib/html/escape-html";
import { loadPayPage } from "@/lib/invoices/load-pay-page";
import { checkoutOperatorChoice } from "@/components/pay/checkout-operator";
import { invoiceSummary } from "@/components/pay/invoice-summary";
import { payActions } from "@/components/pay/pay-actions";
import { payDocument } from "@/components/pay/pay-document";
import { payNotFound } from "@/components/pay/pay-not-found";
import { payShell, stateMessage } from "@/components/pay/pay-shell";
import type { Locale } from "@/i18n/config";
import { customerDate } from "@/components/pay/customer-date";
import { landingPage } from "./landing";

type Context = { params: Promise<{ publicId: string }> };

// GET /pay/:publicId — public: the customer's pay link. HTML from the server with no script at
// all (a route handler, not a React page: nothing of React's runtime reaches a 3G phone).
export async function GET(request: Request, { params }: Context) {
  const { publicId } = await params;
  const [page, t, locale] = await Promise.all([
    loadPayPage(publicId),
    getTranslations("pay"),
    getLocale() as Promise<Locale>,
  ]);
  if (!page) return payNotFound(request);
  const { invoice, merchant } = page;
  if (invoice.state === "expired" || invoice.state === "revoked") {
    const message = stateMessage(
      "warning",
      t(`state.${invoice.state}.title`),
      t(`state.${invoice.state}.body`, { merchant }),
      `pay-state-${invoice.state}`,
    );
    return payDocument({ request, title: t("title"), body: await payShell(merchant, message) });
  }
  if (invoice.state !== "payable")
    // Paid, not completed (→ "Réessayer"), or between two attempts: the same verified status as on return.
    return landingPage({ request, title: t("title"), publicId, invoice, merchant, landing: "return" });
  const expires = invoice.expiresAt ? customerDate(invoice.expiresAt, locale) : null;
  const content = html`${await invoiceSummary(invoice)}${
    invoice.checkout ? await checkoutOperatorChoice(publicId, invoice.checkout) : null
  }${await payActions({
    publicId,
    state: invoice.state,
    canRetry: false,
    receiptUrl: null,
    amount: invoice.totalAmount,
    hint: invoice.checkout ? t("operator.payHint", { operator: invoice.checkout.name }) : null,
  })}${expires ? html`<p class="mt2 center xs muted">${t("expiresAt", { date: expires })}</p>` : null}`;
  return payDocument({ request, title: t("title"), body: await payShell(merchant, content) });
}
