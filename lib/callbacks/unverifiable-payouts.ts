import type { PayoutStatus } from "@/lib/generated/prisma/enums";

/**
 * THE RULE for callbacks about a payout we hold no creation token for (read this, payouts code).
 *
 * A payout whose creation answer was lost (`outcome_unknown`: timeout, crash, hang after LigdiCash
 * processed it) has no token, so LigdiCash cannot be asked about it: the only status query
 * LigdiCash offers takes the creation token, and the callback's own `token` is a different JWT
 * (docs/ligdicash-contract.md §2.5, §7) that we never use to look anything up. Callbacks are unsigned, so:
 *
 * 1. A callback for an `outcome_unknown` payout is stored and FLAGGED `unverifiable_no_token`.
 *    Nothing is applied from it — not `completed`, not `notcompleted` — and nothing is posted.
 * 2. The payout stays `outcome_unknown`, visible on /callbacks (flagged) and to the payouts page,
 *    until a person resolves it with evidence from LigdiCash's dashboard (or a token is stored):
 *    once the payout has a token, "Revérifier maintenant" on the delivery verifies it normally.
 * 3. The payout is NEVER sent again because of this (the money may already have left).
 * 4. A callback for a payout still `sending` (our creation call in flight, token not stored yet)
 *    is not flagged: it stays `received` and the sweeper retries it until the token exists or
 *    the payout turns `outcome_unknown` (then rule 1). Same for invoices still `draft`/`sending`.
 */
export const UNVERIFIABLE_NO_TOKEN = "unverifiable_no_token";

/** Awaiting our own creation answer: the token may appear in a moment, so retry later. */
export function awaitsCreationToken(kind: "invoice" | "payout", status: string): boolean {
  return kind === "invoice"
    ? status === "draft" || status === "sending"
    : status === "approved" || status === "sending";
}

export function isUnverifiablePayout(status: PayoutStatus, gatewayToken: string | null): boolean {
  return status === "outcome_unknown" && gatewayToken === null;
}
