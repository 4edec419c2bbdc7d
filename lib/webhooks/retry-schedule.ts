/**
 * When to try a delivery again after a failed attempt: the Standard Webhooks schedule
 * (5 s, 5 min, 30 min, 2 h, 5 h, then every 10 h), for three days from the event. After that the
 * delivery has failed for good and its endpoint is marked failing.
 */
const DELAYS_MS = [5_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 5 * 3_600_000];
const STEADY_DELAY_MS = 10 * 3_600_000;
export const GIVE_UP_AFTER_MS = 3 * 24 * 3_600_000;

/** `attempts` made so far (≥ 1); `null` when the next one would fall beyond three days. */
export function nextAttemptAt(attempts: number, eventAt: Date, now: Date): Date | null {
  const delay = DELAYS_MS[attempts - 1] ?? STEADY_DELAY_MS;
  const next = new Date(now.getTime() + delay);
  return next.getTime() - eventAt.getTime() > GIVE_UP_AFTER_MS ? null : next;
}
