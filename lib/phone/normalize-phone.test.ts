import { describe, expect, it } from "vitest";
import { formatPhone, normalizePhone } from "./normalize-phone";

describe("normalizePhone", () => {
  it.each([
    "+226 70 11 22 33",
    "+22670112233",
    "00226 70 11 22 33",
    "0022670112233",
    "22670112233",
    "226 70 11 22 33",
    "70 11 22 33",
    "70112233",
    "70.11.22.33",
    "70-11-22-33",
    "(+226) 70 11 22 33",
    "\u00a070\u202f11\u00a022 33\t",
  ])("normalises %j to 22670112233", (text) => {
    expect(normalizePhone(text)).toEqual({ ok: true, value: "22670112233" });
  });

  it.each([
    ["", "empty"],
    ["  - . ", "empty"],
    ["70 11 22 3x", "invalid_characters"],
    ["70+112233", "invalid_characters"],
    ["++22670112233", "invalid_characters"],
    ["+225 07 07 07 07 07", "foreign_number"],
    ["00225 0707070707", "foreign_number"],
    ["+33 6 12 34 56 78", "foreign_number"],
    ["+226 70 11 22 3", "wrong_length"],
    ["+226 70 11 22 33 4", "wrong_length"],
    ["00226 7011223", "wrong_length"],
    ["7011223", "wrong_length"],
    ["070112233", "wrong_length"],
    ["2267011223344", "wrong_length"],
    ["22570112233", "wrong_length"],
  ])("refuses %j with reason %s", (text, reason) => {
    expect(normalizePhone(text)).toEqual({ ok: false, reason });
  });
});

describe("formatPhone", () => {
  it("prints a Burkina number as +226 and four pairs, whatever the input format", () => {
    expect(formatPhone("22670112233")).toBe("+226 70 11 22 33");
    expect(formatPhone("0022605112233")).toBe("+226 05 11 22 33");
    expect(formatPhone("70.11.22.33")).toBe("+226 70 11 22 33");
  });

  it("returns anything it cannot read unchanged rather than throwing", () => {
    expect(formatPhone("+225 07 07 07 07 07")).toBe("+225 07 07 07 07 07");
    expect(formatPhone("")).toBe("");
  });
});
