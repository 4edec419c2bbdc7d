import { buildPosting } from "@/lib/ledger/journal";
import type { Transition } from "./transitions";
import type { Booking, Move, Plan, SettlementRow, VerifiedFacts } from "./types";

/**
 * Turns a transition (decided on the state read before LigdiCash was asked) into the move to
 * write and the result it brings. `book` gives the kind-specific part: plan-payin / plan-payout;
 * a completed movement is booked by the ledger's one journal builder (lib/ledger/journal.ts).
 * A status word Caisse does not know arrives as "pending" (lib/ligdicash/map-status.ts): the
 * check is recorded with the word, which flags the row for staff until an answer is understood.
 */
export function planMove<S extends string>(
  row: SettlementRow & { status: S },
  transition: Transition,
  verified: VerifiedFacts,
  at: Date,
  book: () => Booking,
): Plan<S> {
  const { kind, id } = row;
  const check: Move = {
    kind,
    id,
    from: row.status,
    to: row.status,
    settles: false,
    at,
    details: {},
    unknownStatus: verified.unknownStatus,
    posting: null,
    changes: [],
  };
  if (transition.kind === "still_pending")
    return { result: { result: "still_pending", status: row.status }, move: check };
  if (transition.kind !== "apply")
    return { result: { result: transition.kind, status: row.status }, move: null };
  // LigdiCash says a different amount moved than the one we asked for: a person must look.
  if (transition.to === "completed" && verified.amount !== null && verified.amount !== row.amount) {
    return { result: { result: "amount_mismatch", status: row.status }, move: null };
  }
  const to = transition.to;
  const { details, completed } = book();
  const posting = to === "completed" ? buildPosting(completed) : null;
  const changes: Move["changes"] = [
    ...(posting ? [{ entity: "ledger", id } as const] : []),
    { entity: kind, id, status: to },
  ];
  return {
    result: { result: "applied", status: to as S },
    move: { ...check, to, settles: true, details, posting, changes },
  };
}
