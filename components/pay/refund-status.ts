import { html, type SafeHtml } from "@/lib/html/escape-html";
import type { RefundState } from "@/lib/payouts/refund-status";
import { toneIcon, type Tone } from "./pay-shell";

/** Asked every 5 s, for at most 30 minutes: a payout settles in minutes. */
const POLL_MS = 5_000;
const GIVE_UP_MS = 30 * 60_000;

const tones: Record<RefundState, Tone> = { in_progress: "info", received: "success", not_paid: "danger" };

type Props = {
  refundId: string;
  state: RefundState;
  view: { title: string; body: string; detail: string };
  refreshLabel: string;
};

/**
 * A refund's verified state, server-rendered (readable without JavaScript: the refresh link asks
 * again). While it is in progress, components/pay/live-script.ts asks Caisse's public status and
 * swaps in this block anew. Caisse learns the state from LigdiCash's callback or its own status
 * checks: the page never asks LigdiCash itself.
 */
export function refundStatus({ refundId, state, view, refreshLabel }: Props): SafeHtml {
  const poll = `/api/pay/refund/${encodeURIComponent(refundId)}/status`;
  const live = state === "in_progress";
  return html`<div
    class="center"
    data-testid="refund-status"
    data-live
    data-state="${state}"
    ${live ? html` data-poll="${poll}" data-every="${POLL_MS}" data-give-up="${GIVE_UP_MS}"` : null}
  >
    ${toneIcon(tones[state])}
    <h1 class="title">${view.title}</h1>
    <p class="mt2 base" data-testid="refund-body">${view.body}</p>
    <p class="mt2 sm muted">${view.detail}</p>
    ${live ? html`<a href="" class="mt4 ib sm link">${refreshLabel}</a>` : null}
  </div>`;
}
