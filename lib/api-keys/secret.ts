import { createHash, randomBytes } from "node:crypto";

const SECRET_PREFIX = "caisse_sk_";
/** What the console shows of a key after it is created: enough to tell two keys apart. */
const SHOWN_LENGTH = SECRET_PREFIX.length + 6;
/** `caisse_sk_` + 43 base64url characters (32 random bytes). */
const SECRET_SHAPE = /^caisse_sk_[A-Za-z0-9_-]{43}$/;

export type NewSecret = { secret: string; prefix: string; hash: string };

/** A new key's secret, the part of it the console keeps showing, and the hash that is stored. */
export function newApiSecret(): NewSecret {
  const secret = `${SECRET_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, SHOWN_LENGTH), hash: hashApiSecret(secret) };
}

/** SHA-256 is enough here: the secret is 256 random bits, so there is nothing to guess from its
 * hash, and a fast hash keeps every API call's look-up to one index probe. */
export function hashApiSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** `Authorization: Bearer caisse_sk_…` → the secret, or null for anything else (never looked up). */
export function bearerSecret(authorization: string | null): string | null {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? "");
  const secret = match?.[1];
  return secret && SECRET_SHAPE.test(secret) ? secret : null;
}
