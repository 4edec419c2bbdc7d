// Shared by the pay, return and cancel pages (a private module of this route folder, not a route):
// it loads the link and checks it with LigdiCash, so it lives beside the pages, not in components/.
import { getTranslations } from "next-intl/server";
import { html } from "@/lib/html/escape-html";
import { linkStatus } from "@/lib/invoices/link-status";
import { checkPayLink, LANDING_CHECK_MS, loadPayPage } from "@/lib/invoices/load-pay-page";
import type { PublicInvoice } from "@/lib/invoices/public-invoice";
import { invoiceSummary } from "@/components/pay/invoice-summary";
import { payDocument } from "@/components/pay/pay-document";
import { payNotFound } from "@/components/pay/pay-not-found";
import { payShell } from "@/components/pay/pay-shell";
import { paymentStatus, type Landing } from "@/components/pay/payment-status";

type LandingPage = {
  request: Request;
  title: string;
  publicId: string;
  invoice: PublicInvoice;
  merchant: string;
  landing: Landing;
};

/**
 * The page LigdiCash sends the customer back to (return or cancel URL): status first, then the
 * invoice. The stored (verified) state is sent at once; the state after a LigdiCash status check
 * follows in the same response, and the page's script swaps it in. On a slow 3G phone the page
 * is readable before LigdiCash answers; without JavaScript the stored state stays, and the
 * refresh link asks again.
 */
export async function landingPage({ request, title, publicId, invoice, merchant, landing }: LandingPage) {
  const status = (current: PublicInvoice) =>
    paymentStatus({ publicId, link: linkStatus(current), amount: invoice.totalAmount, merchant, landing });
  const checked = checkPayLink(publicId, LANDING_CHECK_MS)
    .catch((error: unknown) => {
      console.error("[caisse] landing status check failed", error);
      return invoice;
    })
    .then(async (fresh) => html`<template id="checked">${await status(fresh ?? invoice)}</template>`);
  const content = html`<div aria-live="polite">${await status(invoice)}</div>
    <div class="divider">${await invoiceSummary(invoice)}</div>`;
  return payDocument({ request, title, body: await payShell(merchant, content), late: checked, live: true });
}

/** GET of a landing page (return or cancel URL); its title is the message `pay.<landing>.title`. */
export function landingRoute(landing: Landing) {
  return async (request: Request, { params }: { params: Promise<{ publicId: string }> }) => {
    const { publicId } = await params;
    const page = await loadPayPage(publicId);
    if (!page) return payNotFound(request);
    const title = (await getTranslations("pay"))(`${landing}.title`);
    return landingPage({ request, title, publicId, ...page, landing });
  };
}
