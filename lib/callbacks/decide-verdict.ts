import type { CallbackOutcome } from "@/lib/generated/prisma/enums";
import { UNVERIFIABLE_NO_TOKEN, awaitsCreationToken } from "./unverifiable-payouts";

export type Claim = { transactionId: string | null; status: string | null; amount: number | null };

/** What verification found, whichever way it was obtained (lib/verification verify*). */
export type Verification = {
  kind: "invoice" | "payout";
  id: string;
  /** verify* result kind. */
  result: string;
  /** Our row's state after verification. */
  status: string | null;
  /** LigdiCash's answer to our status query; null when no query was made (final or not sent). */
  verifiedStatus: string | null;
  verifiedAmount: number | null;
  /** The amount we asked for / sent. */
  amount: number;
  /** LigdiCash's status word when Caisse does not know it (verifiedStatus is then "pending"). */
  unknownStatus?: string | null;
  coalesced?: boolean;
};

/** `deferred`: nothing can be decided yet (no token yet): the delivery stays `received`. */
export type Verdict = {
  outcome: CallbackOutcome;
  deferred: boolean;
  flagReason: string | null;
  verifiedStatus: string | null;
  verifiedAmount: number | null;
  invoiceId: string | null;
  payoutId: string | null;
};

const links = (v: Verification) => ({
  invoiceId: v.kind === "invoice" ? v.id : null,
  payoutId: v.kind === "payout" ? v.id : null,
});

/**
 * The delivery's verdict: the claim side by side with the verified truth. The truth itself has
 * already been applied by lib/verification (it came from LigdiCash's status answer); here we only
 * judge the delivery. A claim that contradicts the truth (status or amount) is flagged — a forged
 * or stale callback — and never applied.
 */
export function decideVerdict(claim: Claim, v: Verification | null): Verdict {
  const none = { verifiedStatus: null, verifiedAmount: null, invoiceId: null, payoutId: null };
  if (!claim.transactionId)
    return { outcome: "unknown_transaction", deferred: false, flagReason: "no_transaction_id", ...none };
  if (!v || v.result === "not_found")
    return { outcome: "unknown_transaction", deferred: false, flagReason: null, ...none };
  const base = { ...links(v), verifiedStatus: v.verifiedStatus, verifiedAmount: v.verifiedAmount };
  if (v.result === "not_sent") {
    if (v.status && awaitsCreationToken(v.kind, v.status))
      return { outcome: "received", deferred: true, flagReason: "awaiting_creation_token", ...base };
    const reason = v.kind === "payout" && v.status === "outcome_unknown" ? UNVERIFIABLE_NO_TOKEN : "not_sent";
    return { outcome: "flagged", deferred: false, flagReason: reason, ...base };
  }
  // Final before we looked: our stored state IS the verified truth (it only ever came from LigdiCash).
  const truth = v.verifiedStatus ?? v.status;
  // When we asked, the amount is what LigdiCash said (null: it gave none), never ours in its place.
  const asked = v.verifiedStatus !== null;
  const truthAmount = asked ? v.verifiedAmount : truth === "completed" ? v.amount : null;
  // A completed answer without an amount (the docs' minimal payout answer, docs/ligdicash-contract.md §4.8) was applied
  // without the amount check: the verdict says so rather than passing it over in silence.
  const unchecked =
    asked && truth === "completed" && v.verifiedAmount === null ? "amount_not_provided" : null;
  const verdict = (outcome: CallbackOutcome, flagReason: string | null = null): Verdict => ({
    outcome,
    deferred: false,
    flagReason,
    ...base,
    verifiedStatus: truth,
    verifiedAmount: truthAmount,
  });
  if (v.result === "amount_mismatch") return verdict("flagged", "verified_amount_differs");
  if (v.result === "conflict") return verdict("flagged", "contradicts_final_state");
  // Not a verdict from LigdiCash: the row stays pending (flagged there too) and is asked again.
  if (v.unknownStatus) return verdict("flagged", `unknown_gateway_status:${v.unknownStatus}`);
  if (claim.status !== null && claim.status !== truth)
    return verdict("flagged", `claimed_${claim.status}_verified_${truth ?? "unknown"}`);
  if (claim.amount !== null && claim.status === "completed" && claim.amount !== (truthAmount ?? v.amount))
    return verdict("flagged", "claimed_amount_differs");
  if (v.result === "applied") return verdict(v.coalesced ? "duplicate" : "applied", unchecked);
  if (v.result === "already_applied") return verdict("duplicate", unchecked);
  if (v.result === "still_pending") return verdict("still_pending");
  return verdict("flagged", `unexpected_${v.result}`);
}
