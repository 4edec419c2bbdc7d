import { describe, expect, it } from "vitest";
import type { PhoneInputError } from "@/lib/phone";
import type { XofInputError } from "@/lib/money";
import en from "@/messages/en/gateway.json";
import fr from "@/messages/fr/gateway.json";

// Every reason code the money and phone parsers return has text in gateway.amountInput / phoneInput.
const AMOUNT_REASONS: Record<XofInputError, true> = {
  empty: true,
  negative: true,
  decimal: true,
  ambiguous_separator: true,
  invalid: true,
  too_large: true,
};
const PHONE_REASONS: Record<PhoneInputError, true> = {
  empty: true,
  invalid_characters: true,
  foreign_number: true,
  wrong_length: true,
};

describe("input reason messages", () => {
  it.each([
    ["fr", fr],
    ["en", en],
  ] as const)("%s covers every amount and phone reason, and nothing else", (_locale, catalogue) => {
    expect(Object.keys(catalogue.amountInput).sort()).toEqual(Object.keys(AMOUNT_REASONS).sort());
    expect(Object.keys(catalogue.phoneInput).sort()).toEqual(Object.keys(PHONE_REASONS).sort());
  });
});
