import { beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/config";
import { checkBalances } from "@/lib/go-live/check-balances";
import { checkCallbacks } from "@/lib/go-live/check-callbacks";
import { checkDatabase } from "@/lib/go-live/check-database";
import { checkKeys, checkServiceEnabled } from "@/lib/go-live/check-gateway";
import { checkPayoutIp } from "@/lib/go-live/check-payout-ip";
import { checkPublicUrl } from "@/lib/go-live/check-public-url";
import { checkSessionSecret } from "@/lib/go-live/check-session-secret";
import { checkSimulator } from "@/lib/go-live/check-simulator";
import { check, type CheckResult } from "@/lib/go-live/types";
import { loadTranslators } from "@/test/support/translators";
import { describeGoLiveCheck } from "./go-live-text";
import type { Translator } from "./error-text";

let translators: Record<Locale, Translator>;
beforeAll(async () => {
  translators = await loadTranslators();
});

const at = new Date("2026-12-01T09:30:00Z");
const outcomes = [
  { answered: true as const },
  { skipped: true as const },
  ...[
    "invoice_not_found",
    "authentication",
    "timeout",
    "api_error",
    "merchant_payin_disabled",
    "merchant_payout_disabled",
  ].map((error) => ({ error })),
];

/** Every finding the checks can produce, from inputs that reach each branch. */
const everyFinding = (): CheckResult[] => [
  ...[true, false].flatMap((simulator) =>
    ["https://app.ligdicash.com/pay/v01/", "https://proxy.example.org/"].map((baseUrl) =>
      checkSimulator({ simulator, baseUrl }),
    ),
  ),
  ...outcomes.flatMap((payin) => [
    checkKeys({ keysPresent: true, payin, payout: payin }),
    checkServiceEnabled("payin", payin),
    checkServiceEnabled("payout", payin),
  ]),
  checkKeys({ keysPresent: false, payin: { skipped: true }, payout: { skipped: true } }),
  ...[null, "ip_denied", "merchant_account_or_ip_denied", "timeout", "merchant_balance_low"].map(
    (errorCode) => checkPayoutIp({ lastCreation: { errorCode, startedAt: at } }),
  ),
  checkPayoutIp({ lastCreation: null }),
  ...[
    "https://caisse.bf",
    "http://localhost:3000",
    "https://10.0.0.1",
    "https://caisse.local",
    "http://caisse.bf",
    "nope",
  ].map(checkPublicUrl),
  checkCallbacks({ callbackUrl: "https://caisse.bf/cb", last: null }),
  ...["payin", "payout"].map((kind) =>
    checkCallbacks({ callbackUrl: "https://caisse.bf/cb", last: { kind, receivedAt: at, sourceIp: null } }),
  ),
  ...[1n, 0n, -1n].map((amount) =>
    checkBalances({ operators: ["orange_bf"], balances: new Map([["orange_bf", amount]]) }),
  ),
  ...[
    { secret: "s".repeat(40), generated: false },
    { secret: "s".repeat(40), generated: true },
    { secret: "short", generated: false },
    { secret: undefined, generated: false },
  ].map(checkSessionSecret),
  ...[
    { embedded: true, serverVersion: "17.10" },
    { embedded: false, serverVersion: "15.8" },
    { embedded: false, serverVersion: "14.1" },
    { embedded: false, serverVersion: null },
  ].map(checkDatabase),
  check("balances", "unknown", "check_failed"),
];

describe("describeGoLiveCheck", () => {
  it.each(["fr", "en"] as const)("%s: every finding has its own words, every value filled in", (locale) => {
    const t = translators[locale];
    for (const result of everyFinding()) {
      const text = describeGoLiveCheck(t, result, () => "1 déc. 2026");
      const label = `${result.id}.${result.code}`;
      expect(
        t.has(`goLive.checks.${result.id}.${result.code}`) || t.has(`goLive.common.${result.code}`),
        label,
      ).toBe(true);
      for (const words of [text.title, text.text, text.fix ?? "", ...text.notes]) {
        // No ICU brace left, no key, no snake_case code (configuration names are UPPER_CASE).
        expect(words, label).not.toMatch(/[{}]|goLive\.|\b[a-z]+_[a-z_]+\b/);
      }
      if (result.status === "fail") expect(text.fix, `${label} says what to do`).not.toBeNull();
    }
  });

  it("names the LigdiCash error, the operators and the time in the reader's language", () => {
    const refused = checkKeys({
      keysPresent: true,
      payin: { error: "authentication" },
      payout: { error: "authentication" },
    });
    expect(describeGoLiveCheck(translators.fr, refused, String).text).toContain(
      translators.fr("gateway.errors.authentication"),
    );
    const empty = checkBalances({
      operators: ["orange_bf", "moov_bf"],
      balances: new Map([["orange_bf", 5n]]),
    });
    expect(describeGoLiveCheck(translators.fr, empty, String).text).toContain("Moov Money");
    const ip = checkPayoutIp({ lastCreation: { errorCode: "ip_denied", startedAt: at } });
    expect(describeGoLiveCheck(translators.en, ip, () => "1 Dec 2026, 09:30").text).toContain(
      "1 Dec 2026, 09:30",
    );
  });

  it("shows the callback URL to give LigdiCash under a failing public address", () => {
    const text = describeGoLiveCheck(translators.fr, checkPublicUrl("http://localhost:3000"), String);
    expect(text.notes).toEqual([
      expect.stringMatching(/^De plus, sans HTTPS/) as unknown,
      expect.stringContaining("http://localhost:3000/api/ligdicash/callback") as unknown,
    ]);
  });
});
