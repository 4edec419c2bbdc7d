import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/app-error";
import { resolveRecipient } from "./resolve-recipient";
import type { Locale } from "@/i18n/config";
import { describeErrorText } from "@/lib/i18n/error-text";
import { loadTranslators } from "@/test/support/translators";
import { payoutRuleError } from "./rule-error";

const ruleOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError)
      return { rule: error.details?.rule, code: error.code, fields: error.details?.fields };
    throw error;
  }
  return null;
};

describe("resolveRecipient", () => {
  it("takes the verified payer's number from the invoice, never from the form", () => {
    expect(resolveRecipient({ source: "verified_payer" }, "22670000002")).toEqual({
      phone: "22670000002",
      source: "verified_payer",
      operator: "moov_bf",
    });
    expect(ruleOf(() => resolveRecipient({ source: "verified_payer" }, null))?.rule).toBe("no_payer_phone");
  });

  it("accepts a typed number only when both entries are the same number, whatever the spacing", () => {
    expect(
      resolveRecipient({ source: "typed_twice", phone: "+226 76 00 00 01", phoneConfirm: "76000001" }, null),
    ).toMatchObject({ phone: "22676000001", operator: "orange_bf", source: "typed_twice" });
    expect(
      ruleOf(() =>
        resolveRecipient({ source: "typed_twice", phone: "76000001", phoneConfirm: "76000010" }, null),
      ),
    ).toMatchObject({ rule: "phone_mismatch", code: "validation_failed" });
    expect(
      ruleOf(() => resolveRecipient({ source: "typed_twice", phone: "7600", phoneConfirm: "7600" }, null))
        ?.rule,
    ).toBe("phone_invalid");
  });

  it("refuses numbers LigdiCash cannot pay out to", () => {
    expect(
      ruleOf(() =>
        resolveRecipient({ source: "typed_twice", phone: "59000001", phoneConfirm: "59000001" }, null),
      )?.rule,
    ).toBe("operator_unknown");
    expect(
      ruleOf(() =>
        resolveRecipient({ source: "typed_twice", phone: "78000001", phoneConfirm: "78000001" }, null),
      )?.rule,
    ).toBe("operator_not_supported");
  });
});

/** The words a person reads for a broken rule, made as the edge makes them. */
async function payoutRuleMessage(rule: "refund_exceeds", locale: Locale, amounts: Record<string, number>) {
  const text = payoutRuleError(rule, amounts).text!;
  return describeErrorText((await loadTranslators())[locale], text, locale);
}

describe("payoutRuleMessage", () => {
  it("says how much is left, formatted for the reader", async () => {
    expect(await payoutRuleMessage("refund_exceeds", "fr", { remaining: 15_000 })).toContain(
      "15\u202f000\u00a0FCFA",
    );
    expect(await payoutRuleMessage("refund_exceeds", "en", { remaining: 15_000 })).toContain(
      "15,000\u00a0FCFA",
    );
  });

  it('says an invoice with nothing left is already fully refunded, never "at most 0 FCFA"', async () => {
    const fr = await payoutRuleMessage("refund_exceeds", "fr", { remaining: 0 });
    expect(fr).toContain("déjà entièrement remboursée");
    expect(fr).not.toMatch(/\b0\s?FCFA/);
    expect(await payoutRuleMessage("refund_exceeds", "en", { remaining: 0 })).toContain(
      "already fully refunded",
    );
  });
});
