import { beforeAll, describe, expect, it } from "vitest";
import { GATEWAY_ERROR_CODES, extractSubCode } from "./error-codes";
import type { Locale } from "@/i18n/config";
import { gatewayErrorText, type Translator } from "@/lib/i18n/error-text";
import { loadTranslators } from "@/test/support/translators";
import {
  ERROR_CLASSES,
  GatewayTimeoutError,
  LigdicashError,
  MerchantBalanceLowError,
  createGatewayError,
  isTransportError,
} from "./errors";
import en from "@/messages/en/gateway.json";
import fr from "@/messages/fr/gateway.json";

let translators: Record<Locale, Translator>;
beforeAll(async () => {
  translators = await loadTranslators();
});
const gatewayErrorMessage = (code: string, locale: Locale) => gatewayErrorText(translators[locale], code);

describe("error classes", () => {
  it.each(GATEWAY_ERROR_CODES)("builds %s as its own class with that code", (code) => {
    const error = createGatewayError(code, { endpoint: "merchantPayout" });
    expect(error).toBeInstanceOf(ERROR_CLASSES[code]);
    expect(error).toBeInstanceOf(LigdicashError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.name).toBe(ERROR_CLASSES[code].name);
  });

  it("has one class per code, no class shared by two codes", () => {
    const classes = GATEWAY_ERROR_CODES.map((code) => ERROR_CLASSES[code]);
    expect(new Set(classes).size).toBe(GATEWAY_ERROR_CODES.length);
  });

  it("carries the details and defaults outcomeUnknown to false", () => {
    const error = new MerchantBalanceLowError({
      endpoint: "merchantPayout",
      subCode: "08",
      responseText: "Echec (Code08)",
    });
    expect(error.toJSON()).toEqual({
      name: "MerchantBalanceLowError",
      code: "merchant_balance_low",
      endpoint: "merchantPayout",
      subCode: "08",
      outcomeUnknown: false,
      responseText: "Echec (Code08)",
      httpStatus: null,
      reason: null,
    });
    expect(error.message).toBe("LigdiCash merchantPayout: merchant_balance_low (Echec (Code08))");
  });

  it("says in the log line when a creation's outcome is unknown", () => {
    const cause = new Error("socket hang up");
    const error = new GatewayTimeoutError({ endpoint: "clientPayout", outcomeUnknown: true, cause });
    expect(error.outcomeUnknown).toBe(true);
    expect(error.message).toContain("do not send again");
    expect(error.cause).toBe(cause);
  });

  it("tells transport failures from refusals", () => {
    expect(isTransportError(createGatewayError("timeout", { endpoint: "payinStatus" }))).toBe(true);
    expect(isTransportError(createGatewayError("http_error", { endpoint: "payinStatus" }))).toBe(true);
    expect(isTransportError(createGatewayError("processing_error", { endpoint: "payinStatus" }))).toBe(false);
    expect(isTransportError(new Error("timeout"))).toBe(false);
  });
});

describe("extractSubCode (docs/ligdicash-contract.md §2.4 regex)", () => {
  it.each([
    ["Echec (Code00)", "00"],
    ["Echec (Code03a)", "03a"],
    ["ECHEC (CODE03B)", "03b"],
    ["Echec (Code 15)", "15"],
    ["Echec (Code100)", "100"],
    ["Echec 2 (Code04)", "04"],
    ["14", "14"],
    ["Echec", null],
    ["", null],
  ])("reads %j as %j", (text, subCode) => {
    expect(extractSubCode(text)).toBe(subCode);
  });
});

describe("gateway messages", () => {
  const catalogues = { fr, en } as const;

  it.each(GATEWAY_ERROR_CODES)("has a French and an English message for %s", (code) => {
    for (const locale of ["fr", "en"] as const) {
      const message = catalogues[locale].errors[code];
      expect(message, `${locale}.errors.${code}`).toEqual(expect.any(String));
      expect(message.length).toBeGreaterThan(20);
      expect(gatewayErrorMessage(code, locale)).toBe(message);
    }
  });

  it("has no message for a code that does not exist (no stale keys)", () => {
    const codes: readonly string[] = GATEWAY_ERROR_CODES;
    expect(Object.keys(fr.errors).filter((key) => !codes.includes(key))).toEqual([]);
    expect(Object.keys(en.errors).filter((key) => !codes.includes(key))).toEqual([]);
  });

  it("has the same keys in both languages in every section", () => {
    const shape = (catalogue: Record<string, Record<string, string>>) =>
      Object.fromEntries(
        Object.entries(catalogue).map(([section, messages]) => [section, Object.keys(messages).sort()]),
      );
    expect(shape(fr)).toEqual(shape(en));
  });

  it("keeps messages free of ICU syntax next-intl would try to interpret", () => {
    const all = [fr, en].flatMap((catalogue) =>
      Object.values(catalogue).flatMap((section) => Object.values(section)),
    );
    for (const message of all) expect(message).not.toMatch(/[{}]|''/);
  });

  it("tells staff what to do, e.g. top up the operator sub-account", () => {
    expect(gatewayErrorMessage("merchant_balance_low", "fr")).toContain("approvisionnez");
    expect(gatewayErrorMessage("merchant_balance_low", "en")).toContain("top it up");
    expect(gatewayErrorMessage("customer_does_not_exist", "fr")).toContain("mobile money");
    expect(gatewayErrorMessage("timeout", "en")).toContain("do not send it again");
  });
});
