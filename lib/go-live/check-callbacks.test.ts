import { describe, expect, it } from "vitest";
import { checkCallbacks } from "./check-callbacks";

const callbackUrl = "https://caisse.boutique.bf/api/ligdicash/callback";

describe("checkCallbacks", () => {
  it("is never ok: reachability is LigdiCash's to prove", () => {
    expect(checkCallbacks({ callbackUrl, last: null })).toEqual({
      id: "callbacks",
      status: "unknown",
      code: "never_received",
      values: { callbackUrl },
    });
  });

  it("gives the last callback, its kind and time", () => {
    const last = { kind: "payout", receivedAt: new Date("2026-12-03T08:00:00Z"), sourceIp: "41.1.2.3" };
    expect(checkCallbacks({ callbackUrl, last })).toEqual({
      id: "callbacks",
      status: "unknown",
      code: "last_payout_callback",
      values: { callbackUrl, sourceIp: "41.1.2.3" },
      at: "2026-12-03T08:00:00.000Z",
    });
    expect(checkCallbacks({ callbackUrl, last: { ...last, kind: "payin" } }).code).toBe(
      "last_payin_callback",
    );
  });
});
