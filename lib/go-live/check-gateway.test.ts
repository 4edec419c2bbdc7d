import { describe, expect, it } from "vitest";
import { checkKeys, checkServiceEnabled, type GatewayProbes } from "./check-gateway";

const unknownToken = { error: "invoice_not_found" };
const probes = (payin: GatewayProbes["payin"], payout: GatewayProbes["payout"] = unknownToken) => ({
  keysPresent: true,
  payin,
  payout,
});

describe("checkKeys", () => {
  it("accepts the keys when LigdiCash says the made-up token is unknown (Code02)", () => {
    expect(checkKeys(probes(unknownToken))).toMatchObject({ status: "ok", code: "accepted" });
  });

  it("fails on an authentication refusal (Code00)", () => {
    expect(checkKeys(probes({ error: "authentication" }))).toMatchObject({
      status: "fail",
      code: "refused",
      errorCode: "authentication",
    });
  });

  it("fails without keys and sends nothing", () => {
    expect(
      checkKeys({ keysPresent: false, payin: { skipped: true }, payout: { skipped: true } }),
    ).toMatchObject({
      status: "fail",
      code: "missing",
    });
  });

  it("still accepts the keys when a service is off: LigdiCash looked past them", () => {
    expect(checkKeys(probes({ error: "merchant_payin_disabled" }))).toMatchObject({ status: "ok" });
  });

  it("asks the payout answer when the payin query got none", () => {
    expect(checkKeys(probes({ error: "timeout" }, { error: "authentication" }))).toMatchObject({
      status: "fail",
      code: "refused",
    });
    expect(checkKeys(probes({ error: "timeout" }, { error: "timeout" }))).toMatchObject({
      status: "unknown",
      code: "unreachable",
      errorCode: "timeout",
    });
  });

  it("does not pretend to know on an answer it cannot read", () => {
    expect(checkKeys(probes({ error: "api_error" }))).toMatchObject({
      status: "unknown",
      code: "unexpected",
    });
  });
});

describe("checkServiceEnabled", () => {
  it("reads Code01 as the service not activated", () => {
    expect(checkServiceEnabled("payout", { error: "merchant_payout_disabled" })).toMatchObject({
      id: "payout_enabled",
      status: "fail",
      code: "disabled",
    });
    expect(checkServiceEnabled("payin", { error: "merchant_payin_disabled" })).toMatchObject({
      id: "payin_enabled",
      status: "fail",
    });
  });

  it("reads an unknown token as enabled", () => {
    expect(checkServiceEnabled("payin", unknownToken)).toMatchObject({ status: "ok", code: "enabled" });
  });

  it("cannot tell behind refused keys or without an answer", () => {
    expect(checkServiceEnabled("payin", { error: "authentication" }).code).toBe("keys_refused");
    expect(checkServiceEnabled("payout", { error: "network_error" }).code).toBe("unreachable");
    expect(checkServiceEnabled("payout", { skipped: true }).code).toBe("not_checked");
    expect(checkServiceEnabled("payout", { error: "merchant_payin_disabled" }).status).toBe("unknown");
  });
});
