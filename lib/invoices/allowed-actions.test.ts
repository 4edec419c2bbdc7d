import { describe, expect, it } from "vitest";
import { allowedInvoiceActions } from "./allowed-actions";
import type { InvoiceDetailDto } from "./invoice-dto";

const invoice = (over: Partial<InvoiceDetailDto>) =>
  ({ status: "pending", revokedAt: null, stuck: false, ...over }) as InvoiceDetailDto;
const granted = (i: InvoiceDetailDto, role: "admin" | "manager" | "finance" | "viewer") =>
  Object.entries(allowedInvoiceActions(i, { id: "me", role }))
    .filter(([, yes]) => yes)
    .map(([action]) => action);

describe("allowedInvoiceActions (what the invoice page offers the viewer)", () => {
  it("a pending invoice: anyone asks LigdiCash, those who create invoices may revoke it", () => {
    expect(granted(invoice({}), "finance")).toEqual(["verify", "revoke"]);
    expect(granted(invoice({}), "viewer")).toEqual(["verify"]);
    expect(granted(invoice({ revokedAt: "2026-01-01T00:00:00.000Z" }), "finance")).toEqual(["verify"]);
  });

  it("a paid invoice is refunded by those who request payouts, and never revoked", () => {
    expect(granted(invoice({ status: "completed" }), "finance")).toEqual(["refund"]);
    expect(granted(invoice({ status: "completed" }), "viewer")).toEqual([]);
  });

  it("a refused or lost invoice is made again, not revoked once final", () => {
    expect(granted(invoice({ status: "failed" }), "manager")).toEqual(["recreate"]);
    expect(granted(invoice({ status: "unknown" }), "manager")).toEqual(["revoke", "recreate"]);
    expect(granted(invoice({ status: "pending", stuck: true }), "viewer")).toEqual(["verify"]);
  });
});
