import { createHash, randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: a code copied from paper must read one way.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** `XXXXX-XXXXX`: 10 characters from 31, about 50 bits. Online guesses are throttled with TOTP codes. */
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]!);
  return `${chars.slice(0, 5).join("")}-${chars.slice(5).join("")}`;
}

/** Case, spaces and dashes do not matter when a person types a code back. */
export function normalizeRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "");
}

/** Stored form. A fast hash is enough: the codes are random, not chosen by people. */
export function hashRecoveryCode(code: string): string {
  return createHash("sha256")
    .update(`caisse/recovery/v1:${normalizeRecoveryCode(code)}`)
    .digest("base64url");
}

export function looksLikeRecoveryCode(input: string): boolean {
  const normalized = normalizeRecoveryCode(input);
  return normalized.length === 10 && [...normalized].every((c) => ALPHABET.includes(c));
}
