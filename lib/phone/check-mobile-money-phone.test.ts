import { describe, expect, it } from "vitest";
import { checkMobileMoneyPhone, isSamePhone } from "./check-mobile-money-phone";

describe("checkMobileMoneyPhone (the one rule for a number money moves through)", () => {
  it("accepts an Orange or Moov number in any spelling, normalised, with its operator", () => {
    expect(checkMobileMoneyPhone("+226 70 11 22 33")).toMatchObject({
      ok: true,
      msisdn: "22670112233",
      operator: { code: "moov_bf" },
    });
    expect(checkMobileMoneyPhone("07 11 22 33")).toMatchObject({
      ok: true,
      msisdn: "22607112233",
      operator: { code: "orange_bf" },
    });
  });

  it("refuses, in order: not a Burkina number, an unknown operator, an operator LigdiCash does not serve", () => {
    expect(checkMobileMoneyPhone("+33 6 12 34 56 78")).toEqual({
      ok: false,
      reason: "invalid_phone",
      input: "foreign_number",
    });
    expect(checkMobileMoneyPhone("59 11 22 33")).toEqual({ ok: false, reason: "operator_unknown" });
    expect(checkMobileMoneyPhone("78 11 22 33")).toMatchObject({
      ok: false,
      reason: "operator_not_supported",
      operator: { code: "telecel_bf" },
    });
  });

  it("a number typed twice is the same number whatever the spelling, and never an invalid one", () => {
    expect(isSamePhone("70112233", "+226 70 11 22 33")).toBe(true);
    expect(isSamePhone("70112233", "70112234")).toBe(false);
    expect(isSamePhone("abc", "abc")).toBe(false);
  });
});
