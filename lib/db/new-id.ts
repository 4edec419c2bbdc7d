import { randomBytes } from "node:crypto";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A random row id in the shape of Prisma's cuid2 defaults (24 lowercase letters and digits,
 * starting with a letter), for rows inserted with raw SQL on hot paths. Random, not ordered:
 * ids travel to LigdiCash and must not reveal volumes.
 */
export function newId(): string {
  const bytes = randomBytes(24);
  let id = ALPHABET[bytes[0]! % 26]!;
  for (let i = 1; i < 24; i++) id += ALPHABET[bytes[i]! % 36]!;
  return id;
}
