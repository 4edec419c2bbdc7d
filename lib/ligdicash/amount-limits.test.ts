import { describe, expect, it } from "vitest";
import { findAmountBreach } from "./amount-limits";

const limits = { minAmount: 20, maxAmount: 1_000_000 };

describe("findAmountBreach", () => {
  it("accepts the range, both ends included", () => {
    for (const amount of [20, 21, 999_999, 1_000_000]) expect(findAmountBreach(amount, limits)).toBeNull();
  });

  it("names the limit broken", () => {
    expect(findAmountBreach(0, limits)).toEqual({ rule: "below_minimum", limit: 20 });
    expect(findAmountBreach(10, limits)).toEqual({ rule: "below_minimum", limit: 20 });
    expect(findAmountBreach(1_000_001, limits)).toEqual({ rule: "above_maximum", limit: 1_000_000 });
  });

  it("adds the operator's payin minimum when one is given", () => {
    expect(findAmountBreach(50, limits, { minAmount: 100 })).toEqual({
      rule: "below_operator_minimum",
      limit: 100,
    });
    expect(findAmountBreach(50, limits, { minAmount: null })).toBeNull();
  });
});
