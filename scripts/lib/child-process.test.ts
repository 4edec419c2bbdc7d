import { describe, expect, it } from "vitest";
import { nextRestartDelay } from "./child-process";

describe("nextRestartDelay", () => {
  it("restarts a verifier that stopped for the first time after 2 s", () => {
    expect(nextRestartDelay(null, 500)).toBe(2_000);
  });

  it("doubles the wait each time it dies at once, up to a minute", () => {
    const waits: number[] = [];
    let delay: number | null = null;
    for (let i = 0; i < 8; i++) waits.push((delay = nextRestartDelay(delay, 300)));
    expect(waits).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });

  it("starts over at 2 s after a run that lasted a minute", () => {
    expect(nextRestartDelay(60_000, 59_999)).toBe(60_000);
    expect(nextRestartDelay(60_000, 60_000)).toBe(2_000);
  });
});
