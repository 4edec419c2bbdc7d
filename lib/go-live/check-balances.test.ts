import { describe, expect, it } from "vitest";
import { checkBalances } from "./check-balances";

const operators = ["orange_bf", "moov_bf"];

describe("checkBalances", () => {
  it("lists every payout operator, with sums beyond 2^53 kept exact", () => {
    const result = checkBalances({
      operators,
      balances: new Map([
        ["orange_bf", 9_007_199_254_740_993n],
        ["moov_bf", 1500n],
      ]),
    });
    expect(result).toEqual({
      id: "balances",
      status: "ok",
      code: "funded",
      balances: [
        { operator: "orange_bf", balance: "9007199254740993" },
        { operator: "moov_bf", balance: "1500" },
      ],
    });
  });

  it("warns when a sub-account has nothing (no entries counts as zero)", () => {
    const result = checkBalances({ operators, balances: new Map([["orange_bf", 10n]]) });
    expect(result).toMatchObject({ status: "warn", code: "empty" });
    expect(result.balances).toContainEqual({ operator: "moov_bf", balance: "0" });
  });

  it("fails on a negative balance, whatever the others", () => {
    const result = checkBalances({
      operators,
      balances: new Map([
        ["orange_bf", -5n],
        ["moov_bf", 0n],
      ]),
    });
    expect(result).toMatchObject({ status: "fail", code: "negative" });
  });

  it("shows an operator the ledger knows beyond the list", () => {
    const result = checkBalances({ operators, balances: new Map([["telecel_bf", 700n]]) });
    expect(result.balances?.map((line) => line.operator)).toEqual(["orange_bf", "moov_bf", "telecel_bf"]);
  });
});
