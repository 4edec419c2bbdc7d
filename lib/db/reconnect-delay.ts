/**
 * How long a dedicated LISTEN connection (the verifier's, the live-change hub's) waits before
 * connecting again: 500 ms after the first loss, doubling after each failed attempt up to 30 s, so
 * a PostgreSQL restart is caught within a second and a database that stays down is not hammered.
 * A connection that succeeds starts the sequence over.
 */
export function reconnectDelay(firstMs = 500, maxMs = 30_000) {
  let nextMs = firstMs;
  return {
    /** The wait before this attempt; the one after it is twice as long (at most `maxMs`). */
    next(): number {
      const delay = nextMs;
      nextMs = Math.min(nextMs * 2, maxMs);
      return delay;
    },
    reset(): void {
      nextMs = firstMs;
    },
  };
}
