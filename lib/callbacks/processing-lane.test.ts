import { describe, expect, it } from "vitest";
import { createProcessingLane } from "./processing-lane";

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("the callback processing lane", () => {
  it("runs up to its concurrency, queues up to its backlog, and sheds the rest without running it", async () => {
    const lane = createProcessingLane(2, 3);
    const release = gate();
    const started: number[] = [];
    const offers = Array.from({ length: 10 }, (_, i) =>
      lane.offer(async () => {
        started.push(i);
        await release.opened;
        return i;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(offers.map((o) => o !== null)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(lane.load()).toEqual({ running: 2, waiting: 3 });

    release.open();
    expect(await Promise.all(offers.filter((o) => o !== null))).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]); // the shed ones never ran
    expect(lane.load()).toEqual({ running: 0, waiting: 0 });
    expect(lane.offer(async () => "again")).not.toBeNull(); // room again once drained
  });

  it("a failing job frees its place and does not stop the queue", async () => {
    const lane = createProcessingLane(1, 5);
    const failing = lane.offer(() => Promise.reject(new Error("LigdiCash down")));
    const next = lane.offer(async () => "verified");
    await expect(failing).rejects.toThrow("LigdiCash down");
    await expect(next).resolves.toBe("verified");
    expect(lane.load()).toEqual({ running: 0, waiting: 0 });
  });

  it("the sweeper's work waits for a place but is never shed", async () => {
    const lane = createProcessingLane(1, 0);
    const release = gate();
    const first = lane.run(() => release.opened);
    expect(lane.offer(async () => 1)).toBeNull();
    const swept = lane.run(async () => "swept");
    release.open();
    await first;
    await expect(swept).resolves.toBe("swept");
  });
});
