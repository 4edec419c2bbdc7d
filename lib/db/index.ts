import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createDb } from "@/lib/db/client";
import { env } from "@/lib/env";

export type Db = PrismaClient;

// One client per process. Next.js dev reloads modules: keep the client on globalThis so a
// reload does not open a new pool each time.
const globalForDb = globalThis as typeof globalThis & { caisseDb?: PrismaClient };

/** The process-wide client. DATABASE_URL is always set at run time: by the operator, or by the
 * start command pointing it at the embedded database. */
export function db(): PrismaClient {
  if (globalForDb.caisseDb) return globalForDb.caisseDb;
  const { DATABASE_URL: url, DATABASE_POOL_SIZE: poolSize } = env();
  if (!url) throw new Error("DATABASE_URL is not set: start Caisse with `npm start` (scripts/start.ts).");
  globalForDb.caisseDb = createDb(url, poolSize);
  return globalForDb.caisseDb;
}
