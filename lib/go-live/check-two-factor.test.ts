import { describe, expect, it } from "vitest";
import { checkTwoFactor } from "./check-two-factor";

describe("checkTwoFactor", () => {
  it("is in order when everyone the rule covers has enrolled", () => {
    expect(checkTwoFactor({ required: 3, notEnrolled: [] })).toMatchObject({
      status: "ok",
      code: "all_enrolled",
      values: { count: "3" },
    });
  });

  it("names the first five not enrolled and counts the rest", () => {
    const names = ["A", "B", "C", "D", "E", "F", "G"];
    expect(checkTwoFactor({ required: 9, notEnrolled: names })).toMatchObject({
      status: "warn",
      code: "not_enrolled",
      values: { count: "7", names: "A, B, C, D, E", more: "2" },
    });
  });
});
