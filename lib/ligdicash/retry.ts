import { isTransportError } from "./errors";
import type { RetryPolicy } from "./types";

/**
 * Retries for status checks only (reads move no money). Only transport failures are retried:
 * a `"01"` answer or a check before sending will not change by asking again. Creations never
 * come through here: resending one could pay twice.
 */

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 8_000 };

export type RetryDeps = {
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
};

/** `giveUpOn`: transport errors the caller handles itself at once instead of asking again. */
export async function retryOnTransportError<T>(
  run: () => Promise<T>,
  policy: RetryPolicy,
  deps: RetryDeps = {},
  giveUpOn: (error: unknown) => boolean = () => false,
): Promise<T> {
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = deps.random ?? Math.random;
  const attempts = Math.max(1, Math.floor(policy.maxAttempts));
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isRetryable(error) || giveUpOn(error)) throw error;
      await sleep(backoffDelay(attempt, policy, random));
    }
  }
}

/** Exponential backoff with "equal jitter": half the step is fixed, half random. */
export function backoffDelay(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(step / 2 + random() * (step / 2));
}

function isRetryable(error: unknown): boolean {
  if (!isTransportError(error)) return false;
  if (error.code !== "http_error") return true;
  // A 4xx (bad path, refused credentials at a proxy) will answer the same way again.
  const status = error.httpStatus ?? 0;
  return status >= 500 || status === 408 || status === 429;
}
