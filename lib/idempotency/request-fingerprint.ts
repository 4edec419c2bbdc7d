import { createHash } from "node:crypto";
import { AppError } from "@/lib/http/app-error";

type Body = { idempotencyKey: string } & Record<string, unknown>;

/** JSON with object keys sorted and undefined left out: one spelling per request. */
function canonical(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * What an idempotency key promises to replay: a hash of the request as parsed by its schema,
 * without the key itself. Stored beside the key so that a retry can be told from a different
 * request that reuses it.
 */
export function fingerprintRequest(body: Body): string {
  const { idempotencyKey: _key, ...rest } = body;
  return createHash("sha256").update(canonical(rest)).digest("hex");
}

/**
 * Same key, same request → the caller replays the stored answer. Same key, another request →
 * 422 `idempotency_key_reused` (as Stripe does), never the first request's answer passed off as
 * this one's. Rows stored before fingerprints existed (null) are replayed as before.
 */
export function assertSameRequest(stored: string | null, body: Body): void {
  if (stored !== null && stored !== fingerprintRequest(body)) throw new AppError("idempotency_key_reused");
}
