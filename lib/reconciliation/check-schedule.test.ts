import { describe, expect, it } from "vitest";
import { MIN_DELAY_MS, nextCheckAt, nextCheckDelay } from "./check-schedule";

const min = 60_000;

describe("reconciliation schedule", () => {
  it("backs off 1, 2, 5, 15, 60 minutes, then every 6 hours", () => {
    expect([0, 3, 10, 30, 120, 600, 10_000].map((m) => nextCheckDelay(m * min) / min)).toEqual([
      1, 2, 5, 15, 60, 360, 360,
    ]);
  });

  it("never asks more often than once a minute (LigdiCash: payouts no faster than every 30–60 s)", () => {
    for (let age = 0; age < 8 * 24 * 60; age += 7)
      expect(nextCheckDelay(age * min)).toBeGreaterThanOrEqual(MIN_DELAY_MS);
    const now = new Date("2026-11-24T10:00:00Z");
    expect(nextCheckAt(now, now).getTime() - now.getTime()).toBe(min);
  });
});
