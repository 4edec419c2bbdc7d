import { describe, expect, it } from "vitest";
import { PAYOUT_STATUSES } from "@/lib/statuses";
import { refundState } from "./refund-status";

describe("refundState: what a customer may read about a refund", () => {
  it("maps every payout status to a verified customer state, or to no page at all", () => {
    expect(Object.fromEntries(PAYOUT_STATUSES.map((s) => [s, refundState(s)]))).toEqual({
      awaiting_approval: null,
      rejected: null,
      approved: "in_progress",
      sending: "in_progress",
      outcome_unknown: "in_progress",
      pending: "in_progress",
      completed: "received",
      notcompleted: "not_paid",
      failed: "not_paid",
      // Withdrawn by its requester before any manager decided: never a promise to the customer.
      cancelled: null,
    });
  });

  it("never says received for a status word LigdiCash did not verify", () => {
    expect(refundState("COMPLETED")).toBe("in_progress");
  });
});
