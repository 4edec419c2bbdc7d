import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "./pool";

// Kept on the client under a global symbol, not in a module-level map: Next.js bundles this module
// into several server chunks, each with its own module state, while the client is one per process.
const POOL = Symbol.for("caisse.db.pool");
type WithPool = PrismaClient & { [POOL]?: pg.Pool };

/** A Prisma client on the PostgreSQL driver adapter (no Rust engine, works offline).
 * Free of `server-only` so command-line scripts and tests can use it too. Its `pg` pool is ours,
 * handed to the adapter, so the few statements every callback runs can use it directly (hotQuery). */
export function createDb(connectionString: string, poolSize = 10): PrismaClient {
  const pool = createPool(connectionString, { max: poolSize, label: "database" });
  const db = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  Object.defineProperty(db, POOL, { value: pool });
  return db;
}

/**
 * Runs one statement straight on the client's pool. The ORM's per-query work (building,
 * serialising, mapping) costs more CPU than PostgreSQL spends on the statement itself; on the
 * callback hot path — hundreds of statements a second — that is the difference between keeping
 * up and falling behind (bench/callback-ingestion.ts). Same connections, same transactions
 * semantics: one statement, autocommitted. Rows come back as `pg` maps them (int → number,
 * bigint → string, timestamptz → Date).
 */
export async function hotQuery<T>(db: PrismaClient, query: Prisma.Sql): Promise<T[]> {
  return (await poolOf(db).query<T & pg.QueryResultRow>(query.text, query.values)).rows;
}

/** The `pg` pool under a client made by createDb: for code that runs its few statements without the ORM. */
export function poolOf(db: PrismaClient): pg.Pool {
  const pool = (db as WithPool)[POOL];
  if (!pool) throw new Error("poolOf needs a client made by createDb (it runs on that client's pool)");
  return pool;
}
