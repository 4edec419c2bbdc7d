/**
 * When to ask LigdiCash again about a transaction still pending, by its age. LigdiCash asks
 * integrators not to poll payouts faster than every 30–60 s, and a pending payment can last days:
 * 1, 2, 5, 15, 60 minutes, then every 6 hours. Never faster than once a minute.
 */
const STEPS: readonly { untilAgeMs: number; delayMs: number }[] = [
  { untilAgeMs: 2 * 60_000, delayMs: 60_000 },
  { untilAgeMs: 5 * 60_000, delayMs: 2 * 60_000 },
  { untilAgeMs: 15 * 60_000, delayMs: 5 * 60_000 },
  { untilAgeMs: 60 * 60_000, delayMs: 15 * 60_000 },
  { untilAgeMs: 6 * 3600_000, delayMs: 60 * 60_000 },
];
export const LATE_DELAY_MS = 6 * 3600_000;
export const MIN_DELAY_MS = 60_000;

export function nextCheckDelay(ageMs: number): number {
  return STEPS.find((step) => ageMs < step.untilAgeMs)?.delayMs ?? LATE_DELAY_MS;
}

export function nextCheckAt(since: Date, now: Date): Date {
  return new Date(now.getTime() + Math.max(MIN_DELAY_MS, nextCheckDelay(now.getTime() - since.getTime())));
}
