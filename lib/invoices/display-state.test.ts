import { describe, expect, it } from "vitest";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { INVOICE_STATUSES } from "@/lib/statuses";
import {
  INVOICE_DISPLAY_STATES,
  invoiceDisplayState,
  isInvoiceDisplayState,
  type DisplayStateInput,
} from "./display-state";

const NOW = new Date("2026-12-05T12:00:00.000Z");
const PAST = new Date(NOW.getTime() - 60_000);
const FUTURE = new Date(NOW.getTime() + 60_000);

const state = (over: Partial<DisplayStateInput>) =>
  invoiceDisplayState(
    { status: "pending", expiresAt: null, revokedAt: null, totalAmount: 12_500, refundedAmount: 0, ...over },
    NOW,
  );

describe("invoiceDisplayState", () => {
  it("names each gateway status in the merchant's words while the link is open", () => {
    const expected: Record<InvoiceStatus, string> = {
      draft: "draft",
      sending: "draft",
      pending: "awaiting_payment",
      // A lost creation answer is no verdict: LigdiCash is still asked, and may say paid.
      unknown: "awaiting_payment",
      completed: "paid",
      notcompleted: "not_completed",
      failed: "not_completed",
    };
    for (const status of INVOICE_STATUSES) expect(state({ status }), status).toBe(expected[status]);
  });

  it("an open link whose date has passed is expired — from the very millisecond of its date", () => {
    expect(state({ expiresAt: PAST })).toBe("expired");
    expect(state({ expiresAt: NOW })).toBe("expired");
    expect(state({ expiresAt: FUTURE })).toBe("awaiting_payment");
    expect(state({ status: "unknown", expiresAt: PAST })).toBe("expired");
  });

  it("the date of a link only matters while it waits for the customer", () => {
    expect(state({ status: "completed", expiresAt: PAST })).toBe("paid");
    expect(state({ status: "notcompleted", expiresAt: PAST })).toBe("not_completed");
    expect(state({ status: "failed", expiresAt: PAST })).toBe("not_completed");
    expect(state({ status: "draft", expiresAt: PAST })).toBe("draft");
    expect(state({ status: "sending", expiresAt: PAST })).toBe("draft");
  });

  it("a revoked link reads revoked whatever LigdiCash said, unless the customer paid before", () => {
    for (const status of INVOICE_STATUSES.filter((s) => s !== "completed")) {
      expect(state({ status, revokedAt: PAST }), status).toBe("revoked");
      expect(state({ status, revokedAt: PAST, expiresAt: PAST }), status).toBe("revoked");
    }
    expect(state({ status: "completed", revokedAt: PAST })).toBe("paid");
  });

  it("confirmed refunds turn a paid invoice partially, then fully refunded", () => {
    expect(state({ status: "completed", refundedAmount: 0 })).toBe("paid");
    expect(state({ status: "completed", refundedAmount: 1 })).toBe("partially_refunded");
    expect(state({ status: "completed", refundedAmount: 12_499 })).toBe("partially_refunded");
    expect(state({ status: "completed", refundedAmount: 12_500 })).toBe("refunded");
    expect(state({ status: "completed", refundedAmount: 12_500, revokedAt: PAST, expiresAt: PAST })).toBe(
      "refunded",
    );
  });

  it("refunds never change an invoice that was not paid", () => {
    for (const status of INVOICE_STATUSES.filter((s) => s !== "completed"))
      expect(state({ status, refundedAmount: 12_500 }), status).toBe(state({ status }));
  });

  it("every combination gives one of the display states, and the clock defaults to now", () => {
    const seen = new Set<string>();
    for (const status of INVOICE_STATUSES)
      for (const expiresAt of [null, PAST, NOW, FUTURE])
        for (const revokedAt of [null, PAST])
          for (const refundedAmount of [0, 1, 12_500])
            seen.add(state({ status, expiresAt, revokedAt, refundedAmount }));
    expect([...seen].sort()).toEqual([...INVOICE_DISPLAY_STATES].sort());
    const base = { status: "pending", revokedAt: null, totalAmount: 100, refundedAmount: 0 } as const;
    expect(invoiceDisplayState({ ...base, expiresAt: new Date(Date.now() - 1_000) })).toBe("expired");
    expect(invoiceDisplayState({ ...base, expiresAt: new Date(Date.now() + 60_000) })).toBe(
      "awaiting_payment",
    );
  });

  it("recognises its own words only", () => {
    expect(INVOICE_DISPLAY_STATES.every(isInvoiceDisplayState)).toBe(true);
    for (const word of ["pending", "completed", "notcompleted", "", null, 3])
      expect(isInvoiceDisplayState(word)).toBe(false);
  });
});
