import { describe, expect, it } from "vitest";
import { parseXofInput } from "./parse-xof-input";

describe("parseXofInput", () => {
  it.each([
    ["12500", 12500],
    ["12 500", 12500],
    ["12\u202f500", 12500],
    ["12\u00a0500", 12500],
    ["  1 000 000 ", 1_000_000],
    ["12 500 FCFA", 12500],
    ["12500 F CFA", 12500],
    ["12500 xof", 12500],
    ["+2500", 2500],
    ["0", 0],
  ])("accepts %j as %d", (text, value) => {
    expect(parseXofInput(text)).toEqual({ ok: true, value });
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
    [".5", "decimal"],
    ["12,500", "ambiguous_separator"],
    ["12.500", "ambiguous_separator"],
    ["1,234,567", "ambiguous_separator"],
    ["12a00", "invalid"],
    ["1e5", "invalid"],
    ["0x10", "invalid"],
    ["1,2,3", "invalid"],
    ["99999999999999999999", "too_large"],
  ])("refuses %j with reason %s", (text, reason) => {
    expect(parseXofInput(text)).toEqual({ ok: false, reason });
  });
});
