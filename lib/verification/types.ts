import type { InvoiceStatus, PayoutDestination, PayoutStatus } from "@/lib/generated/prisma/enums";
import type { Movement, Posting } from "@/lib/ledger/journal";
import type { Change } from "@/lib/live/notify-change";
import type { Transition } from "./transitions";

/** What settling one invoice or payout needs to know about it (our ids are unique across both). */
export type SettlementRow =
  | {
      kind: "invoice";
      id: string;
      status: InvoiceStatus;
      amount: number;
      token: string | null;
      description: string;
    }
  | {
      kind: "payout";
      id: string;
      status: PayoutStatus;
      amount: number;
      token: string | null;
      description: string;
      operator: string;
      destination: PayoutDestination;
    };

export type SettlementResult<S extends string = string> = {
  result: Exclude<Transition["kind"], "apply"> | "applied" | "amount_mismatch" | "not_found";
  status: S | null;
};

/**
 * One verified change to one invoice or payout, with everything that must commit with it: the
 * new state, the ledger posting of a completed movement, the live-update announcements.
 * `from` is the state read before LigdiCash was asked: the move happens only if the row still
 * has it (compare-and-set), so of any number of concurrent moves of one row exactly one wins.
 */
export type Move = {
  kind: "invoice" | "payout";
  id: string;
  from: string;
  /** The final state; equal to `from` for "LigdiCash still says pending" (only the check is recorded). */
  to: string;
  settles: boolean;
  at: Date;
  /** What LigdiCash told us about the payment; null keeps what the row has. Invoices only, except operatorName. */
  details: {
    operator?: string | null;
    operatorName?: string | null;
    payerPhone?: string | null;
    requestId?: string | null;
  };
  /** LigdiCash's status word when Caisse does not know it: stored on the row for staff; null clears it. */
  unknownStatus: string | null;
  posting: Posting | null;
  changes: Change[];
};

/** The result a move brings when it wins, and the move (null: nothing to write). */
export type Plan<S extends string> = { result: SettlementResult<S>; move: Move | null };

/** What a verified status tells about the payment beyond its state, and the movement a completed one books. */
export type Booking = { details: Move["details"]; completed: Movement };

/** What the status answer said beyond its state: the amount (null: not given) and an unknown status word. */
export type VerifiedFacts = { amount: number | null; unknownStatus: string | null };
