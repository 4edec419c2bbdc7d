import pg from "pg";

/**
 * A `pg` pool that survives the server dropping an idle connection (restart, failover): the pool
 * discards it and the next query connects afresh, instead of the error crashing the process.
 * Free of the ORM, so the callback door (lib/callbacks/callback-door.ts) can run on it alone.
 */
export function createPool(
  connectionString: string,
  { max, label, idleTimeoutMillis }: { max: number; label: string; idleTimeoutMillis?: number },
): pg.Pool {
  const pool = new pg.Pool({ connectionString, max, idleTimeoutMillis });
  pool.on("error", (error) => console.error(`[caisse] ${label} connection lost:`, error.message));
  return pool;
}
