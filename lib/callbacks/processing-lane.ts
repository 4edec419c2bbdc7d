/**
 * Bounds how many stored deliveries one process verifies at once. Answering LigdiCash (store +
 * 200) must never wait behind verification work for a database connection or the event loop:
 * under a burst, verification queues here (in memory — but every queued delivery is already
 * stored `received`, so a crash loses nothing: the sweeper takes it) while answers stay fast.
 */
// Read from the raw environment (validated by lib/env.ts at start-up): the test harness and the
// benchmark run this outside the app, with no full configuration.
const MAX_CONCURRENT = Math.max(1, Number(process.env.CAISSE_CALLBACK_CONCURRENCY ?? 32) || 32);
let running = 0;
const waiting: (() => void)[] = [];

export async function inProcessingLane<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await work();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}
