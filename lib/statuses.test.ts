import { describe, expect, it } from "vitest";
import {
  DEAD_PAYOUT_STATUSES,
  FINAL_INVOICE_STATUSES,
  FINAL_PAYOUT_STATUSES,
  INVOICE_AT_GATEWAY,
  INVOICE_AWAITING_VERDICT,
  INVOICE_STATUSES,
  OPEN_PAYOUT_STATUSES,
  PAYOUT_AT_GATEWAY,
  PAYOUT_AWAITING_VERDICT,
  PAYOUT_CALL_UNANSWERED,
  PAYOUT_STATUSES,
  isIn,
} from "./statuses";

const disjoint = (a: readonly string[], b: readonly string[]) => a.filter((s) => b.includes(s));

describe("status groups", () => {
  it("a state is final or open, never both, and every state is one of them", () => {
    expect(disjoint(FINAL_PAYOUT_STATUSES, OPEN_PAYOUT_STATUSES)).toEqual([]);
    expect([...FINAL_PAYOUT_STATUSES, ...OPEN_PAYOUT_STATUSES].sort()).toEqual([...PAYOUT_STATUSES].sort());
    expect(OPEN_PAYOUT_STATUSES).toContain("awaiting_approval");
  });

  it("what waits on LigdiCash is never final, and reconciliation asks only about what LigdiCash holds", () => {
    expect(disjoint(INVOICE_AT_GATEWAY, FINAL_INVOICE_STATUSES)).toEqual([]);
    expect(disjoint(PAYOUT_AT_GATEWAY, FINAL_PAYOUT_STATUSES)).toEqual([]);
    for (const s of INVOICE_AWAITING_VERDICT) expect(INVOICE_AT_GATEWAY).toContain(s);
    for (const s of [...PAYOUT_AWAITING_VERDICT, ...PAYOUT_CALL_UNANSWERED])
      expect(PAYOUT_AT_GATEWAY).toContain(s);
  });

  it("a dead payout is final and never completed: a completed refund keeps counting against its invoice", () => {
    for (const s of DEAD_PAYOUT_STATUSES) expect(FINAL_PAYOUT_STATUSES).toContain(s);
    expect(DEAD_PAYOUT_STATUSES).not.toContain("completed");
  });

  it("every group is made of real states, and isIn checks any word", () => {
    for (const s of [...FINAL_INVOICE_STATUSES, ...INVOICE_AT_GATEWAY]) expect(INVOICE_STATUSES).toContain(s);
    expect(isIn(FINAL_INVOICE_STATUSES, "completed")).toBe(true);
    expect(isIn(FINAL_INVOICE_STATUSES, "pending")).toBe(false);
    expect(isIn(FINAL_INVOICE_STATUSES, "COMPLETED")).toBe(false);
  });
});
