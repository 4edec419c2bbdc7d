import { describe, expect, it } from "vitest";
import { singleFlight } from "./single-flight";

describe("singleFlight", () => {
  it("runs one call for concurrent callers of a key; the others share its result", async () => {
    let calls = 0;
    const run = () => new Promise<number>((resolve) => setTimeout(() => resolve(++calls), 10));
    const results = await Promise.all(Array.from({ length: 20 }, () => singleFlight("k", run)));
    expect(calls).toBe(1);
    expect(results.filter((r) => !r.shared)).toHaveLength(1);
    expect(results.every((r) => r.value === 1)).toBe(true);
  });

  it("starts afresh once a flight is over, and shares failures too", async () => {
    let calls = 0;
    await singleFlight("a", async () => ++calls);
    await singleFlight("a", async () => ++calls);
    expect(calls).toBe(2);
    const failing = () => new Promise<never>((_, reject) => setTimeout(() => reject(new Error("down")), 5));
    const outcomes = await Promise.allSettled([singleFlight("b", failing), singleFlight("b", failing)]);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "rejected"]);
  });
});
