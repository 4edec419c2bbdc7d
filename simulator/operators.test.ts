import { describe, expect, it } from "vitest";
import { OPERATORS, formatPhone, normalizeCustomerPhone, operatorOfPhone } from "./operators";

describe("operatorOfPhone", () => {
  it.each([
    ["22676000001", "orange_bf"],
    ["22605123456", "orange_bf"],
    ["22654123456", "orange_bf"],
    ["22667123456", "orange_bf"],
    ["22670000002", "moov_bf"],
    ["22601123456", "moov_bf"],
    ["22653123456", "moov_bf"],
    ["22663123456", "moov_bf"],
    ["22658123456", "telecel_bf"],
    ["22679123456", "telecel_bf"],
  ])("%s is %s", (phone, key) => {
    expect(operatorOfPhone(phone)?.key).toBe(key);
  });

  it.each([
    "22625123456",
    "22659123456",
    "22680123456",
    "2267600000",
    "226760000011",
    "+22676000001",
    "22576000001",
    "76000001",
  ])("identifies no operator for %s", (phone) => {
    expect(operatorOfPhone(phone)).toBeUndefined();
  });

  it("carries LigdiCash's ids and names (docs/ligdicash-contract.md §9)", () => {
    expect(OPERATORS.orange_bf).toMatchObject({ id: 11, name: "ORANGE BURKINA", validation: "ussd_otp" });
    expect(OPERATORS.moov_bf).toMatchObject({ id: 12, name: "MOOV AFRICA BURKINA", validation: "push" });
    expect(OPERATORS.telecel_bf.supported).toBe(false);
  });

  it("gives every prefix to exactly one operator", () => {
    const prefixes = Object.values(OPERATORS).flatMap((operator) => operator.prefixes);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe("normalizeCustomerPhone", () => {
  it.each([
    ["76 00 00 01", "22676000001"],
    ["76000001", "22676000001"],
    ["+226 76 00 00 01", "22676000001"],
    ["0022676000001", "22676000001"],
    ["226-76-00-00-01", "22676000001"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeCustomerPhone(input)).toBe(expected);
  });

  it.each(["", "7600000", "abc", "+33 6 12 34 56 78", "760000011"])("rejects %s", (input) => {
    expect(normalizeCustomerPhone(input)).toBeUndefined();
  });

  it("formats for display", () => {
    expect(formatPhone("22676000001")).toBe("+226 76 00 00 01");
  });
});
