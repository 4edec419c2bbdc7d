import type { PostingLine } from "@/lib/ledger/post-journal";
import type { Plan } from "./apply-verified";
import type { SettlementRow } from "./settlement-row";
import type { Transition } from "./transitions";
import type { Move } from "./write-moves";

/** What a verified status tells about the payment beyond its state, and how a completed one is booked. */
export type Booking = { details: Move["details"]; lines: PostingLine[] };

/** What the status answer said beyond its state: the amount (null: not given) and an unknown status word. */
export type VerifiedFacts = { amount: number | null; unknownStatus: string | null };

/**
 * Turns a transition (decided on the state read before LigdiCash was asked) into the move to
 * write and the result it brings. `book` gives the kind-specific part: plan-payin / plan-payout.
 * A status word Caisse does not know arrives as "pending" (lib/ligdicash/map-status.ts): the
 * check is recorded with the word, which flags the row for staff until an answer is understood.
 */
export function planMove<S extends string>(row: SettlementRow & { status: S }, transition: Transition, verified: VerifiedFacts, at: Date, book: () => Booking): Plan<S> {
  const { kind, id } = row;
  const check: Move = { kind, id, from: row.status, to: row.status, settles: false, at, details: {}, unknownStatus: verified.unknownStatus, posting: null, changes: [] };
  if (transition.kind === "still_pending") return { result: { result: "still_pending", status: row.status }, move: check };
  if (transition.kind !== "apply") return { result: { result: transition.kind, status: row.status }, move: null };
  // LigdiCash says a different amount moved than the one we asked for: a person must look.
  if (transition.to === "completed" && verified.amount !== null && verified.amount !== row.amount) {
    return { result: { result: "amount_mismatch", status: row.status }, move: null };
  }
  const to = transition.to;
  const { details, lines } = book();
  const link = kind === "invoice" ? { invoiceId: id } : { payoutId: id };
  const posting = to === "completed" ? { postingKey: `${kind}:${id}:completed`, description: row.description, ...link, lines } : null;
  const changes: Move["changes"] = [...(posting ? [{ entity: "ledger", id } as const] : []), { entity: kind, id, status: to }];
  return { result: { result: "applied", status: to as S }, move: { ...check, to, settles: true, details, posting, changes } };
}
