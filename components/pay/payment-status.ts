import { getLocale, getTranslations } from "next-intl/server";
import { html, type SafeHtml } from "@/lib/html/escape-html";
import type { PublicState } from "@/lib/invoices/public-invoice";
import { formatXof } from "@/lib/money";
import { FINAL_PUBLIC_STATES, isIn } from "@/lib/statuses";
import type { Locale } from "@/i18n/config";
import { payActions } from "./pay-actions";
import { toneIcon, type Tone } from "./pay-shell";

/** Asked every 3 s, for at most 15 minutes (a customer validating on their phone takes a minute). */
const POLL_MS = 3_000;
const GIVE_UP_MS = 15 * 60_000;

export type LinkStatus = { status: PublicState; canRetry: boolean; receiptUrl: string | null };
export type Landing = "return" | "cancel";
type Props = { publicId: string; link: LinkStatus; amount: number; merchant: string; landing: Landing };

/**
 * The verified state of a link where LigdiCash sends the customer back, with what they can do
 * next: pay (still pending), try again (not completed), see the receipt (paid). Server-rendered;
 * while the state may change, components/pay/live-script.ts asks Caisse's public status (which
 * asks LigdiCash, throttled per invoice) and swaps in this block anew. Without JavaScript, the
 * refresh link does it.
 */
export async function paymentStatus({ publicId, link, amount, merchant, landing }: Props): Promise<SafeHtml> {
  const [t, locale] = await Promise.all([getTranslations("pay"), getLocale() as Promise<Locale>]);
  const cancel = landing === "cancel";
  const view: { tone: Tone; title: string; body: string } =
    link.status === "paid"
      ? {
          tone: "success",
          title: t("status.paid.title"),
          body: t("status.paid.body", { amount: formatXof(amount, locale), merchant }),
        }
      : link.status === "notcompleted"
        ? {
            tone: "danger",
            title: t(cancel ? "status.notcompletedCancel.title" : "status.notcompleted.title"),
            body: t(cancel ? "status.notcompletedCancel.body" : "status.notcompleted.body"),
          }
        : link.status === "payable"
          ? {
              tone: cancel ? "warning" : "info",
              title: t(cancel ? "status.payableCancel.title" : "status.payable.title"),
              body: t(cancel ? "status.payableCancel.body" : "status.payable.body"),
            }
          : {
              tone: "warning",
              title: t(`state.${link.status}.title`),
              body: t(`state.${link.status}.body`, { merchant }),
            };
  // A retry is the customer's own act: a status check cannot change a final state from this page.
  const poll = isIn(FINAL_PUBLIC_STATES, link.status)
    ? null
    : `/api/pay/${encodeURIComponent(publicId)}/status`;
  const actions = await payActions({
    publicId,
    state: link.status,
    canRetry: link.canRetry,
    receiptUrl: link.receiptUrl,
    amount,
    hint: link.status === "payable" && !cancel ? t("status.payHint") : null,
    live: true,
  });
  return html`<div
    data-testid="payment-status"
    data-live
    data-state="${link.status}"
    ${poll ? html` data-poll="${poll}" data-every="${POLL_MS}" data-give-up="${GIVE_UP_MS}"` : null}
  >
    <div class="center">
      ${toneIcon(view.tone)}
      <h1 class="title">${view.title}</h1>
      <p class="mt2 sm muted">${view.body}</p>
      <p class="mt3 xs text-warning" data-live-error hidden>${t("status.error")}</p>
    </div>
    ${actions}
  </div>`;
}
