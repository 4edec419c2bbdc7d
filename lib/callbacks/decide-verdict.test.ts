import { describe, expect, it } from "vitest";
import { decideVerdict, type Claim, type Verification } from "./decide-verdict";

const claim = (over: Partial<Claim> = {}): Claim => ({
  transactionId: "inv1",
  status: "completed",
  amount: 5_000,
  ...over,
});
const verified = (over: Partial<Verification> = {}): Verification => ({
  kind: "invoice",
  id: "inv1",
  result: "applied",
  status: "completed",
  verifiedStatus: "completed",
  verifiedAmount: 5_000,
  amount: 5_000,
  ...over,
});

describe("decideVerdict", () => {
  it("applied when the claim matches what LigdiCash confirms and this caller moved it", () => {
    expect(decideVerdict(claim(), verified())).toMatchObject({
      outcome: "applied",
      invoiceId: "inv1",
      verifiedStatus: "completed",
      verifiedAmount: 5_000,
    });
  });

  it("duplicate when the transition was already applied (by another copy, process or the job)", () => {
    expect(decideVerdict(claim(), verified({ result: "already_applied" })).outcome).toBe("duplicate");
    // Final before we looked: no status call, our stored (verified) state is the truth.
    expect(
      decideVerdict(
        claim(),
        verified({ result: "already_applied", verifiedStatus: null, verifiedAmount: null }),
      ),
    ).toMatchObject({ outcome: "duplicate", verifiedStatus: "completed", verifiedAmount: 5_000 });
  });

  it("flags a forged status: claimed completed, LigdiCash says pending", () => {
    expect(
      decideVerdict(
        claim(),
        verified({ result: "still_pending", status: "pending", verifiedStatus: "pending" }),
      ),
    ).toMatchObject({ outcome: "flagged", flagReason: "claimed_completed_verified_pending" });
  });

  it("flags a claim that contradicts a final state, and a claimed amount that differs", () => {
    expect(
      decideVerdict(
        claim({ status: "notcompleted" }),
        verified({ result: "already_applied", verifiedStatus: null }),
      ).flagReason,
    ).toBe("claimed_notcompleted_verified_completed");
    expect(decideVerdict(claim({ amount: 50 }), verified()).flagReason).toBe("claimed_amount_differs");
    expect(
      decideVerdict(claim(), verified({ result: "amount_mismatch", verifiedAmount: 4_000 })).flagReason,
    ).toBe("verified_amount_differs");
    expect(decideVerdict(claim(), verified({ result: "conflict" })).flagReason).toBe(
      "contradicts_final_state",
    );
  });

  it("still_pending when both say pending", () => {
    expect(
      decideVerdict(
        claim({ status: "pending" }),
        verified({ result: "still_pending", status: "pending", verifiedStatus: "pending" }),
      ).outcome,
    ).toBe("still_pending");
  });

  it("unknown transaction without an id or without a row — no status call was possible", () => {
    expect(decideVerdict(claim({ transactionId: null }), null)).toMatchObject({
      outcome: "unknown_transaction",
      flagReason: "no_transaction_id",
    });
    expect(decideVerdict(claim(), null).outcome).toBe("unknown_transaction");
    expect(decideVerdict(claim(), verified({ result: "not_found" })).outcome).toBe("unknown_transaction");
  });

  it("defers while our creation answer is not stored yet; flags an outcome-unknown payout as unverifiable", () => {
    expect(
      decideVerdict(claim(), verified({ result: "not_sent", status: "sending", verifiedStatus: null })),
    ).toMatchObject({ outcome: "received", deferred: true, flagReason: "awaiting_creation_token" });
    expect(
      decideVerdict(
        claim(),
        verified({ kind: "payout", result: "not_sent", status: "approved", verifiedStatus: null }),
      ).deferred,
    ).toBe(true);
    expect(
      decideVerdict(
        claim(),
        verified({ kind: "payout", result: "not_sent", status: "outcome_unknown", verifiedStatus: null }),
      ),
    ).toMatchObject({
      outcome: "flagged",
      deferred: false,
      flagReason: "unverifiable_no_token",
      payoutId: "inv1",
    });
    expect(
      decideVerdict(
        claim(),
        verified({ kind: "payout", result: "not_sent", status: "awaiting_approval", verifiedStatus: null }),
      ).flagReason,
    ).toBe("not_sent");
  });

  it("flags an answer whose status word Caisse does not know, naming the word, whatever the claim says", () => {
    const unknown = verified({
      kind: "payout",
      result: "still_pending",
      status: "pending",
      verifiedStatus: "pending",
      verifiedAmount: null,
      unknownStatus: "reversed",
    });
    for (const status of ["completed", "notcompleted", null] as const)
      expect(decideVerdict(claim({ status }), unknown)).toMatchObject({
        outcome: "flagged",
        flagReason: "unknown_gateway_status:reversed",
        verifiedStatus: "pending",
        payoutId: "inv1",
      });
  });

  it("says so when LigdiCash's answer gives no amount (the docs' minimal payout answer) instead of skipping the check silently", () => {
    const noAmount = verified({ kind: "payout", verifiedAmount: null });
    expect(decideVerdict(claim(), noAmount)).toMatchObject({
      outcome: "applied",
      flagReason: "amount_not_provided",
      verifiedStatus: "completed",
      verifiedAmount: null,
    });
    expect(decideVerdict(claim(), { ...noAmount, result: "already_applied" })).toMatchObject({
      outcome: "duplicate",
      flagReason: "amount_not_provided",
    });
    // A claimed amount that differs from ours is still flagged as such.
    expect(decideVerdict(claim({ amount: 4_000 }), noAmount).flagReason).toBe("claimed_amount_differs");
    // No status query at all (final before we looked): nothing was missing from an answer.
    expect(
      decideVerdict(
        claim(),
        verified({ result: "already_applied", verifiedStatus: null, verifiedAmount: null }),
      ).flagReason,
    ).toBeNull();
    // Pending without an amount: there was nothing to check yet.
    expect(
      decideVerdict(
        claim({ status: "pending" }),
        verified({
          result: "still_pending",
          status: "pending",
          verifiedStatus: "pending",
          verifiedAmount: null,
        }),
      ).flagReason,
    ).toBeNull();
  });
});
