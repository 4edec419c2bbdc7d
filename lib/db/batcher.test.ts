import { describe, expect, it } from "vitest";
import { batcherFor, createBatcher } from "./batcher";

const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

describe("createBatcher", () => {
  it("sends what one tick submits as one batch, results in order", async () => {
    const batches: number[][] = [];
    const batcher = createBatcher(async (items: number[]) => {
      batches.push(items);
      return items.map((i) => i * 10);
    });
    expect(await Promise.all([1, 2, 3].map((i) => batcher.submit(i)))).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it("gathers items arriving while statements run, never more than maxInFlight at once", async () => {
    let running = 0;
    let peak = 0;
    const sizes: number[] = [];
    const batcher = createBatcher(
      async (items: number[]) => {
        running += 1;
        peak = Math.max(peak, running);
        sizes.push(items.length);
        await tick(10);
        running -= 1;
        return items;
      },
      { maxInFlight: 2, maxBatch: 50 },
    );
    const submitted: Promise<number>[] = [];
    for (let i = 0; i < 60; i++) {
      submitted.push(batcher.submit(i));
      if (i % 10 === 9) await tick(2);
    }
    expect(await Promise.all(submitted)).toEqual(Array.from({ length: 60 }, (_, i) => i));
    expect(peak).toBe(2);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(60);
    expect(sizes.length).toBeLessThan(10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(50);
  });

  it("a failing batch is retried item by item: only the bad item's caller fails", async () => {
    const calls: number[][] = [];
    const batcher = createBatcher(async (items: number[]) => {
      calls.push(items);
      if (items.includes(13)) throw new Error("bad item");
      return items;
    });
    const outcomes = await Promise.allSettled([12, 13, 14].map((i) => batcher.submit(i)));
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect(calls).toEqual([[12, 13, 14], [12], [13], [14]]);
  });

  it("refuses a run that answers the wrong number of results", async () => {
    const batcher = createBatcher(async (items: number[]) => items.slice(1));
    await expect(batcher.submit(1)).rejects.toThrow(/0 results for 1 items/);
  });
});

describe("batcherFor", () => {
  it("keeps one batcher per client and name", () => {
    const a = {};
    const b = {};
    const run = async (items: number[]) => items;
    const first = batcherFor(a, "x", run);
    expect(batcherFor(a, "x", run)).toBe(first);
    expect(batcherFor(a, "y", run)).not.toBe(first);
    expect(batcherFor(b, "x", run)).not.toBe(first);
  });
});
