import { getLocale, getTranslations } from "next-intl/server";
import { html, type SafeHtml } from "@/lib/html/escape-html";
import type { PublicState } from "@/lib/invoices/public-invoice";
import { formatXof } from "@/lib/money";
import type { Locale } from "@/i18n/config";

type Actions = {
  publicId: string;
  state: PublicState;
  canRetry: boolean;
  receiptUrl: string | null;
  amount: number;
  hint?: string | null;
  /** On a live status: says the page updates itself, with a refresh link for phones without JavaScript. */
  live?: boolean;
};

/**
 * What the customer can do next, whatever page they are on: never a dead end. Plain links and a
 * plain form, so each works without JavaScript on any phone.
 */
export async function payActions({
  publicId,
  state,
  canRetry,
  receiptUrl,
  amount,
  hint,
  live = false,
}: Actions) {
  const [t, locale] = await Promise.all([getTranslations("pay"), getLocale() as Promise<Locale>]);
  const base = `/pay/${encodeURIComponent(publicId)}`;
  const parts: SafeHtml[] = [];
  if (state === "payable")
    // A plain link (GET), never a form post: the CSP's form-action 'self' would block the
    // off-site redirect, and LigdiCash's page must open in this tab, not in a frame.
    parts.push(
      html`<a href="${base}/go" class="btn" data-testid="pay-button"
          >${t("payButton", { amount: formatXof(amount, locale) })}</a
        >
        <p class="xs muted">${hint ?? t("payHint")}</p>`,
    );
  if (state === "notcompleted" && canRetry)
    // A POST (a link preview or a prefetch must never open an attempt) back to our own pages,
    // which then offer LigdiCash's new page (form-action 'self').
    parts.push(
      html`<form method="post" action="${base}/retry">
        <button type="submit" class="btn" data-testid="pay-retry">${t("retryButton")}</button>
        <p class="mt3 xs muted">${t("retryHint")}</p>
      </form>`,
    );
  if (state === "paid" && receiptUrl)
    parts.push(html`<a href="${receiptUrl}" class="btn" data-testid="receipt-link">${t("receiptLink")}</a>`);
  if (live && (state === "payable" || state === "unavailable"))
    parts.push(
      html`<p class="xs muted">
        ${t("live")} <a href="" class="link" data-testid="pay-refresh">${t("refresh")}</a>
      </p>`,
    );
  return html`<div class="actions">${parts}</div>`;
}
