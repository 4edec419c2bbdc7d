import { describe, expect, it } from "vitest";
import { axisMaximum, barLength, spreadIndexes } from "./chart-scale";

describe("axisMaximum", () => {
  it("rounds the largest value up to 1, 2, 2.5 or 5 times a power of ten", () => {
    expect(axisMaximum(47_634)).toBe(50_000);
    expect(axisMaximum(23_817)).toBe(25_000);
    expect(axisMaximum(150_000)).toBe(200_000);
    expect(axisMaximum(100_000)).toBe(100_000);
    expect(axisMaximum(1_000_001)).toBe(2_000_000);
    expect(axisMaximum(7)).toBe(10);
  });

  it("is 1 for a month with nothing in it", () => {
    expect(axisMaximum(0)).toBe(1);
    expect(axisMaximum(Number.NaN)).toBe(1);
  });
});

describe("barLength", () => {
  it("is the value's share of the axis, never below 0 or above 100 %", () => {
    expect(barLength(25_000, 50_000)).toBe("50.00%");
    expect(barLength(0, 1)).toBe("0.00%");
    expect(barLength(-5, 10)).toBe("0.00%");
    expect(barLength(60, 50)).toBe("100.00%");
  });
});

describe("spreadIndexes", () => {
  it("spreads labels over the days, first and last included", () => {
    expect(spreadIndexes(30, 4)).toEqual([0, 10, 19, 29]);
    expect(spreadIndexes(3, 4)).toEqual([0, 1, 2]);
  });
});
