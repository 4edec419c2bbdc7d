import { AppError } from "@/lib/http/app-error";
import { readJson } from "@/lib/http/parse-input";

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

/**
 * The JSON body of a POST with its scoped idempotency key where the console's form puts it
 * (`idempotencyKey`), ready for the console's own schema. A key in the body is overridden:
 * only the header counts.
 */
export async function readIdempotentBody(
  request: Request,
  apiKeyId: string,
): Promise<Record<string, unknown>> {
  const idempotencyKey = idempotencyKeyFrom(request, apiKeyId);
  const body = await readJson(request);
  return { ...(isObject(body) ? body : {}), idempotencyKey };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
