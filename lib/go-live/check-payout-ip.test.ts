import { describe, expect, it } from "vitest";
import { checkPayoutIp } from "./check-payout-ip";

const at = new Date("2026-12-01T09:30:00Z");

describe("checkPayoutIp", () => {
  it("says plainly that nothing can be tested before a first payout", () => {
    expect(checkPayoutIp({ lastCreation: null })).toEqual({
      id: "payout_ip",
      status: "unknown",
      code: "no_payout_yet",
    });
  });

  it("passes when LigdiCash accepted the last payout", () => {
    expect(checkPayoutIp({ lastCreation: { errorCode: null, startedAt: at } })).toMatchObject({
      status: "ok",
      code: "last_payout_accepted",
      at: "2026-12-01T09:30:00.000Z",
    });
  });

  it("fails when the last payout was refused for the IP (E6 Code06, E7 Code14)", () => {
    expect(checkPayoutIp({ lastCreation: { errorCode: "ip_denied", startedAt: at } })).toMatchObject({
      status: "fail",
      code: "denied",
    });
  });

  it("warns on E7 Code06, which the sources read two ways", () => {
    expect(
      checkPayoutIp({ lastCreation: { errorCode: "merchant_account_or_ip_denied", startedAt: at } }),
    ).toMatchObject({ status: "warn", code: "maybe_denied" });
  });

  it("says another refusal or a lost answer tells nothing about the IP", () => {
    expect(
      checkPayoutIp({ lastCreation: { errorCode: "merchant_balance_low", startedAt: at } }),
    ).toMatchObject({
      status: "unknown",
      code: "other_refusal",
      errorCode: "merchant_balance_low",
    });
    expect(checkPayoutIp({ lastCreation: { errorCode: "timeout", startedAt: at } }).code).toBe("no_answer");
  });
});
