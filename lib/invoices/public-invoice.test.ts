import { describe, expect, it } from "vitest";
import { canRetry, publicState } from "./public-invoice";

const now = new Date("2026-11-24T10:00:00Z");
const pending = { status: "pending", revokedAt: null, expiresAt: null, paymentUrl: "https://pay.example/x" };

describe("publicState", () => {
  it("offers to pay only a pending invoice with a payment page, not revoked, not expired", () => {
    expect(publicState(pending, now)).toBe("payable");
    expect(publicState({ ...pending, paymentUrl: null }, now)).toBe("unavailable");
    expect(publicState({ ...pending, revokedAt: now }, now)).toBe("revoked");
    expect(publicState({ ...pending, expiresAt: now }, now)).toBe("expired");
    expect(publicState({ ...pending, expiresAt: new Date("2026-11-24T10:00:01Z") }, now)).toBe("payable");
    for (const status of ["draft", "sending", "failed", "unknown"])
      expect(publicState({ ...pending, status }, now)).toBe("unavailable");
  });

  it("a verified outcome wins over expiry (paid just before the deadline is paid)", () => {
    expect(publicState({ ...pending, status: "completed", expiresAt: new Date(0) }, now)).toBe("paid");
    expect(publicState({ ...pending, status: "notcompleted", revokedAt: now }, now)).toBe("notcompleted");
  });
});

describe("canRetry", () => {
  const cancelled = { ...pending, status: "notcompleted", channel: "hosted" };
  it("offers a new attempt only on a verified not-completed hosted link still open", () => {
    expect(canRetry(cancelled, now)).toBe(true);
    expect(canRetry({ ...cancelled, status: "completed" }, now)).toBe(false);
    expect(canRetry({ ...cancelled, status: "pending" }, now)).toBe(false);
    expect(canRetry({ ...cancelled, channel: "direct" }, now)).toBe(false);
    expect(canRetry({ ...cancelled, revokedAt: now }, now)).toBe(false);
    expect(canRetry({ ...cancelled, expiresAt: now }, now)).toBe(false);
  });
});
