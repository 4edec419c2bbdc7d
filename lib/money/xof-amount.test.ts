import { describe, expect, it } from "vitest";
import { formatXof } from "./format-xof";
import { parseXofInput } from "./xof-amount";
import { xofAmountSchema } from "./xof-amount-schema";

describe("parseXofInput", () => {
  it.each([
    ["12500", 12500],
    ["12 500", 12500],
    ["20 000", 20000],
    ["20\u202f000", 20000],
    ["12\u00a0500", 12500],
    ["  1 000 000 ", 1_000_000],
    ["20 000 FCFA", 20000],
    ["12500 F CFA", 12500],
    ["12500 xof", 12500],
    ["20.000", 20000],
    ["20,000", 20000],
    ["1.000.000", 1_000_000],
    ["1,234,567", 1_234_567],
    ["+2500", 2500],
    ["0", 0],
  ])("accepts %j as %d", (text, value) => {
    expect(parseXofInput(text)).toEqual({ ok: true, value });
  });

  it("reads back every amount our own formatter prints, in both languages", () => {
    for (const amount of [0, 7, 999, 1_000, 12_500, 105_000, 1_000_000, 2_000_000_000])
      for (const locale of ["fr", "en"] as const)
        expect(parseXofInput(formatXof(amount, locale))).toEqual({ ok: true, value: amount });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["FCFA", "empty"],
    ["-500", "negative"],
    ["\u2212500", "negative"],
    ["12,5", "decimal"],
    ["12.50", "decimal"],
    ["12 500,00", "decimal"],
    ["20.0000", "decimal"],
    [".5", "decimal"],
    ["1.234,567", "ambiguous_separator"],
    ["1,234.567", "ambiguous_separator"],
    ["12a00", "invalid"],
    ["1e5", "invalid"],
    ["0x10", "invalid"],
    ["1,2,3", "invalid"],
    ["20.00.000", "invalid"],
    ["99999999999999999999", "too_large"],
  ])("refuses %j with reason %s", (text, reason) => {
    expect(parseXofInput(text)).toEqual({ ok: false, reason });
  });
});

describe("xofAmountSchema", () => {
  const schema = xofAmountSchema((reason) => `amount.${reason}`);
  const messages = (value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : result.error.issues.map((i) => i.message);
  };

  it("takes typed text and numbers alike", () => {
    expect(messages("20 000 FCFA")).toBe(20_000);
    expect(messages(20_000)).toBe(20_000);
  });

  it("refuses with the caller's words, never zod's", () => {
    expect(messages("12,5")).toEqual(["amount.decimal"]);
    expect(messages(12.5)).toEqual(["amount.decimal"]);
    expect(messages(-1)).toEqual(["amount.negative"]);
    expect(messages("")).toEqual(["amount.empty"]);
    expect(messages(null)).toEqual(["amount.invalid"]);
  });
});
