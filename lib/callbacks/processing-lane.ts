/**
 * Bounds the verification work one process takes on after answering LigdiCash. Answering (store +
 * 200) must never wait behind verification for a database connection or the event loop, and must
 * stay fast however far verification falls behind. So the lane runs at most `concurrency` jobs,
 * queues at most `backlog` more, and SHEDS the rest: a shed delivery is already stored `received`,
 * and the background sweeper (sweep-deliveries.ts) verifies it later. Nothing is lost either way —
 * a crash drops only in-memory queue entries whose deliveries are stored — while memory, and the
 * request contexts Next keeps alive for each `after()` callback, stay bounded under any burst.
 */
export type ProcessingLane = {
  /** Runs `work` now or after the queue ahead of it; null when the lane is full (the work is not run). */
  offer<T>(work: () => Promise<T>): Promise<T> | null;
  /** Runs `work` whatever the queue's length (the sweeper, whose own concurrency is bounded). */
  run<T>(work: () => Promise<T>): Promise<T>;
  load(): { running: number; waiting: number };
};

export function createProcessingLane(concurrency: number, backlog: number): ProcessingLane {
  let running = 0;
  const waiting: (() => void)[] = [];

  async function run<T>(work: () => Promise<T>): Promise<T> {
    if (running >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
    try {
      return await work();
    } finally {
      running -= 1;
      waiting.shift()?.();
    }
  }

  return {
    offer: (work) => (running >= concurrency && waiting.length >= backlog ? null : run(work)),
    run,
    load: () => ({ running, waiting: waiting.length }),
  };
}

// Read from the raw environment (validated by lib/env.ts at start-up): the test harness and the
// benchmark run this outside the app, with no full configuration.
const CONCURRENCY = Math.max(1, Number(process.env.CAISSE_CALLBACK_CONCURRENCY ?? 32) || 32);

/** The process's lane. Its queue holds about two seconds of verification at full speed. */
export const processingLane = createProcessingLane(CONCURRENCY, CONCURRENCY * 32);
