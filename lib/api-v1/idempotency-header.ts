import { AppError } from "@/lib/http/app-error";

/** Printable ASCII, 8 to 64 characters: a UUID, a ULID, an order number with a prefix. */
const KEY_SHAPE = /^[\x21-\x7e]{8,64}$/;

/**
 * Every POST of `/api/v1` carries `Idempotency-Key`. Scoped by API key, so two shops' systems
 * (or two keys of one shop) can never replay each other's requests: the stored key is
 * `v1:<api key id>:<header>`. Missing or malformed → 400 before anything is stored.
 */
export function idempotencyKeyFrom(request: Request, apiKeyId: string): string {
  const header = request.headers.get("idempotency-key")?.trim() ?? "";
  if (!KEY_SHAPE.test(header)) throw new AppError("idempotency_key_required");
  return `v1:${apiKeyId}:${header}`;
}
