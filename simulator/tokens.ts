import { createHmac, randomBytes, randomInt } from "node:crypto";

// Identifiers LigdiCash makes (docs/ligdicash-contract.md §2.5). Tokens are real HS256 JWTs so that clients which
// peek at them (or log them) see the documented shape; clients must still treat them as opaque.

const JWT_HEADER = { typ: "JWT", alg: "HS256" };
const DAY_SECONDS = 24 * 60 * 60;

function base64url(input: string | Buffer): string {
  return Buffer.from(input).toString("base64url");
}

export function signJwt(payload: Record<string, unknown>, secret: string): string {
  const head = `${base64url(JSON.stringify(JWT_HEADER))}.${base64url(JSON.stringify(payload))}`;
  const signature = createHmac("sha256", secret).update(head).digest("base64url");
  return `${head}.${signature}`;
}

/** The payload of a JWT-shaped string, or undefined when it is not one. */
export function decodeJwtPayload(token: string): Record<string, unknown> | undefined {
  const parts = token.split(".");
  if (parts.length !== 3 || parts[1] === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export type TokenFamily = "invoice" | "finance";

/**
 * A creation token. The decoded payout example in the docs holds `id_finance`, `start_date` and
 * `expiry_date` (epoch seconds, +24 h) (docs/ligdicash-contract.md §2.5); payin tokens get the same shape with
 * `id_invoice` — an assumption, their payload is not documented.
 */
export function newToken(family: TokenFamily, id: number, secret: string, now = new Date()): string {
  const start = Math.floor(now.getTime() / 1000);
  const key = family === "invoice" ? "id_invoice" : "id_finance";
  return signJwt({ [key]: id, start_date: start, expiry_date: start + DAY_SECONDS }, secret);
}

/** `P` + digits, e.g. `P2777636082026` (docs/ligdicash-contract.md §2.5): 9 random digits and the year. */
export function newRequestId(now = new Date()): string {
  return `P${randomInt(100_000_000, 1_000_000_000)}${now.getUTCFullYear()}`;
}

/** LigdiCash's own `hash` custom_data entry: 64 hex chars, formula undocumented (docs/ligdicash-contract.md §7). */
export function newHash(): string {
  return randomBytes(32).toString("hex");
}

/** LigdiCash's `logfile` custom_data entry (shape made up: timestamp + 3 random chars, docs/ligdicash-contract.md §11). */
export function newLogfile(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return `${stamp}${randomBytes(2).toString("hex").slice(0, 3)}`;
}

/** Operator reference of a settled payin (`oreference`, docs only, format unknown). */
export function newOperatorReference(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(2, 12);
  return `OP${stamp}.${randomInt(10_000, 100_000)}`;
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** `2026-04-15 11:19:28+00`: the `date` field of confirm answers and callbacks (docs/ligdicash-contract.md §4.5). */
export function formatLigdiDate(date: Date): string {
  return (
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}+00`
  );
}

/** `2026-01-10 09:14:40.120000`: `datecreation_customdata` (docs/ligdicash-contract.md §11). */
export function formatCustomDataDate(date: Date): string {
  return `${formatLigdiDate(date).slice(0, 19)}.${pad(date.getUTCMilliseconds(), 3)}000`;
}
