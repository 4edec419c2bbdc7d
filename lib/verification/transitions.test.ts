import { describe, expect, it } from "vitest";
import type { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";
import { FINAL_INVOICE_STATUSES, FINAL_PAYOUT_STATUSES } from "@/lib/statuses";
import { payinTransition, payoutTransition } from "./transitions";

const gateway = ["pending", "completed", "notcompleted"] as const;
const invoiceStates: InvoiceStatus[] = [
  "draft",
  "sending",
  "pending",
  "completed",
  "notcompleted",
  "failed",
  "unknown",
];
const payoutStates: PayoutStatus[] = [
  "awaiting_approval",
  "rejected",
  "approved",
  "sending",
  "outcome_unknown",
  "pending",
  "completed",
  "notcompleted",
  "failed",
  "cancelled",
];

describe("payinTransition", () => {
  it("moves an awaiting invoice to the verified final state", () => {
    for (const from of ["sending", "pending", "unknown"] as const) {
      expect(payinTransition(from, "completed")).toEqual({ kind: "apply", to: "completed" });
      expect(payinTransition(from, "notcompleted")).toEqual({ kind: "apply", to: "notcompleted" });
      expect(payinTransition(from, "pending")).toEqual({ kind: "still_pending" });
    }
  });

  it("never changes a final state, whatever LigdiCash says", () => {
    for (const from of FINAL_INVOICE_STATUSES)
      for (const verified of gateway) expect(payinTransition(from, verified).kind).not.toBe("apply");
    expect(payinTransition("completed", "completed").kind).toBe("already_applied");
    expect(payinTransition("completed", "notcompleted").kind).toBe("conflict");
    expect(payinTransition("failed", "completed").kind).toBe("conflict");
  });

  it("refuses to settle a draft that was never sent", () => {
    expect(payinTransition("draft", "completed").kind).toBe("not_sent");
  });

  it("only ever applies final states", () => {
    for (const from of invoiceStates)
      for (const verified of gateway) {
        const t = payinTransition(from, verified);
        if (t.kind === "apply") expect(t.to).not.toBe("pending");
      }
  });
});

describe("payoutTransition", () => {
  it("settles sent payouts, including those whose creation answer was lost", () => {
    expect(payoutTransition("outcome_unknown", "completed")).toEqual({ kind: "apply", to: "completed" });
    expect(payoutTransition("pending", "notcompleted")).toEqual({ kind: "apply", to: "notcompleted" });
  });

  it("never settles a payout that was not sent, and never changes a final one", () => {
    for (const from of ["awaiting_approval", "approved"] as const)
      expect(payoutTransition(from, "completed").kind).toBe("not_sent");
    for (const from of FINAL_PAYOUT_STATUSES)
      for (const verified of gateway) expect(payoutTransition(from, verified).kind).not.toBe("apply");
    expect(payoutStates.filter((s) => payoutTransition(s, "completed").kind === "apply")).toEqual([
      "sending",
      "outcome_unknown",
      "pending",
    ]);
  });
});
