import { describe, expect, it } from "vitest";
import { allowedInvoiceActions, refundableAmount } from "./allowed-actions";
import type { InvoiceDetailDto } from "./invoice-dto";

const invoice = (over: Partial<InvoiceDetailDto>) =>
  ({
    status: "pending",
    displayState: "awaiting_payment",
    revokedAt: null,
    stuck: false,
    totalAmount: 12_500,
    refundedAmount: 0,
    refundingAmount: 0,
    ...over,
  }) as InvoiceDetailDto;
const paid = (over: Partial<InvoiceDetailDto> = {}) =>
  invoice({ status: "completed", displayState: "paid", ...over });
const granted = (i: InvoiceDetailDto, role: "admin" | "manager" | "finance" | "viewer") =>
  Object.entries(allowedInvoiceActions(i, { id: "me", role }))
    .filter(([, yes]) => yes)
    .map(([action]) => action);

describe("allowedInvoiceActions (what the invoice page offers the viewer)", () => {
  it("a link awaiting payment: anyone asks LigdiCash, those who create invoices may revoke it", () => {
    expect(granted(invoice({}), "finance")).toEqual(["verify", "revoke"]);
    expect(granted(invoice({}), "viewer")).toEqual(["verify"]);
  });

  it("a link expired or already revoked is not revoked (again)", () => {
    expect(granted(invoice({ displayState: "expired" }), "manager")).toEqual(["verify"]);
    expect(
      granted(invoice({ displayState: "revoked", revokedAt: "2026-01-01T00:00:00.000Z" }), "manager"),
    ).toEqual(["verify"]);
  });

  it("a paid invoice is refunded by those who request payouts, and never revoked", () => {
    expect(granted(paid(), "finance")).toEqual(["refund"]);
    expect(granted(paid(), "viewer")).toEqual([]);
  });

  it("refund is offered only while some of the amount is neither refunded nor on its way back", () => {
    expect(granted(paid({ displayState: "partially_refunded", refundedAmount: 2_500 }), "finance")).toEqual([
      "refund",
    ]);
    expect(granted(paid({ displayState: "refunded", refundedAmount: 12_500 }), "finance")).toEqual([]);
    // 10 000 confirmed and 2 500 in flight: nothing left to refund, though the state still says partially.
    expect(
      granted(
        paid({ displayState: "partially_refunded", refundedAmount: 10_000, refundingAmount: 2_500 }),
        "finance",
      ),
    ).toEqual([]);
  });

  it("a refused or lost invoice is made again; a lost one may still be revoked while it awaits a verdict", () => {
    expect(granted(invoice({ status: "failed", displayState: "not_completed" }), "manager")).toEqual([
      "recreate",
    ]);
    expect(granted(invoice({ status: "unknown" }), "manager")).toEqual(["revoke", "recreate"]);
    expect(granted(invoice({ status: "pending", stuck: true }), "viewer")).toEqual(["verify"]);
  });
});

describe("refundableAmount", () => {
  it("is what was paid less the refunds made and in flight, never below zero, and nothing unpaid", () => {
    expect(refundableAmount(paid())).toBe(12_500);
    expect(refundableAmount(paid({ refundedAmount: 2_000, refundingAmount: 500 }))).toBe(10_000);
    expect(refundableAmount(paid({ refundedAmount: 12_500, refundingAmount: 100 }))).toBe(0);
    expect(refundableAmount(invoice({}))).toBe(0);
  });
});
