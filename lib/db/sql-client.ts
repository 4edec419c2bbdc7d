import type { Prisma } from "@/lib/generated/prisma/client";
import { createPool } from "./pool";

/** What the history queries need: run one parameterised SQL statement. The Prisma client fits;
 * so does a plain `pg` pool (below), which the export uses. */
export type SqlClient = { $queryRaw<T = unknown>(query: Prisma.Sql): Promise<T> };

/**
 * A small `pg` pool for streaming exports. A million-row export through the Prisma client costs
 * ~4× the time and ~120 MB more memory (measured, bench/README.md) for rows we only turn into
 * CSV text; the SQL and its bound parameters are exactly the list's (`Prisma.Sql` → text + values).
 */
export function createSqlClient(connectionString: string, max = 2): SqlClient & { end(): Promise<void> } {
  const pool = createPool(connectionString, { max, label: "export pool", idleTimeoutMillis: 30_000 });
  return {
    async $queryRaw<T>(query: Prisma.Sql) {
      return (await pool.query(query.text, query.values)).rows as T;
    },
    end: () => pool.end(),
  };
}
