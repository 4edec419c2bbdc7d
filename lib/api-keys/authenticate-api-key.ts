import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import type { Actor } from "@/lib/http/request-context";
import type { ApiScope } from "./scopes";
import { bearerSecret, hashApiSecret } from "./secret";

/** Calls one key may make per minute, shared by every instance (the count is in PostgreSQL). */
export const API_CALLS_PER_MINUTE = 300;
const MINUTE = 60_000;
/** `last_used_at` is written at most this often: the console shows minutes, not every call. */
const LAST_USED_PRECISION = MINUTE;

/** Who is calling `/api/v1`: the key, and the admin who created it, on whose behalf it acts. */
export type ApiCaller = { keyId: string; keyName: string; scopes: string[]; actor: Actor };

/**
 * The key behind `Authorization: Bearer caisse_sk_…`: 401 when there is none, it is unknown or
 * revoked, or its creator's account was deactivated; 403 when it lacks `scope`; 429 with the
 * seconds until the next minute when it has made its calls for this one.
 */
export async function authenticateApiKey(
  db: PrismaClient,
  authorization: string | null,
  scope: ApiScope,
  { now = new Date(), perMinute = API_CALLS_PER_MINUTE }: { now?: Date; perMinute?: number } = {},
): Promise<ApiCaller> {
  const secret = bearerSecret(authorization);
  if (!secret) throw new AppError("unauthenticated");
  const key = await db.apiKey.findUnique({
    where: { secretHash: hashApiSecret(secret) },
    include: { createdBy: { select: { id: true, email: true, active: true } } },
  });
  if (!key || key.revokedAt || !key.createdBy.active) throw new AppError("unauthenticated");
  if (!key.scopes.includes(scope)) throw new AppError("forbidden");

  const windowStart = new Date(Math.floor(now.getTime() / MINUTE) * MINUTE);
  // One statement decides, however many instances count at once: the row lock orders them.
  const [usage] = await db.$queryRaw<[{ calls: number }]>`
    INSERT INTO api_key_usage (api_key_id, window_start, calls) VALUES (${key.id}, ${windowStart}, 1)
    ON CONFLICT (api_key_id, window_start) DO UPDATE SET calls = api_key_usage.calls + 1
    RETURNING calls`;
  if (usage.calls > perMinute)
    throw new AppError("rate_limited", {
      retryAfterSeconds: Math.ceil((windowStart.getTime() + MINUTE - now.getTime()) / 1000),
    });
  await db.$executeRaw`
    UPDATE api_keys SET last_used_at = ${now}
    WHERE id = ${key.id} AND (last_used_at IS NULL OR last_used_at < ${new Date(now.getTime() - LAST_USED_PRECISION)})`;
  return {
    keyId: key.id,
    keyName: key.name,
    scopes: key.scopes,
    actor: { id: key.createdBy.id, email: key.createdBy.email },
  };
}
