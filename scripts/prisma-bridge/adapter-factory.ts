import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import pg from "pg";
import { readCharColumns } from "./char-columns";
import { type ConnectionConfig, withDatabase } from "./connection-config";
import { createDatabase, dropDatabase } from "./databases";

export type MigrationAdapterFactory = SqlMigrationAwareDriverAdapterFactory & {
  /** Closes every pool this factory opened (the engine never disposes the main one). */
  close(): Promise<void>;
};

/**
 * The adapter the WASM schema engine migrates through. Departures from a plain
 * `new PrismaPg(url)`, each fixing something the engine binary gets right on its own:
 * - one connection per pool: the engine takes a session-level `pg_advisory_lock` and expects
 *   its later statements on that session, as the binary's single connection gives it;
 * - catalog columns of type `"char"` are readable (char-columns.ts);
 * - scripts are sent whole: PrismaPg's `executeScript` splits on ";", which cuts PL/pgSQL
 *   bodies (`$$ … ; … $$`) apart, whereas the binary sends a migration as one simple query;
 * - the shadow database really is a new database, and is dropped after its pool is closed
 *   (PrismaPg drops it first, which PostgreSQL refuses while the pool is connected).
 */
export function createMigrationAdapterFactory(config: ConnectionConfig): MigrationAdapterFactory {
  const open = new Set<SqlDriverAdapter>();
  const pgOptions = { disposeExternalPool: true, ...(config.schema ? { schema: config.schema } : {}) };

  async function connectTo(target: ConnectionConfig): Promise<SqlDriverAdapter> {
    const pool = new pg.Pool({ ...target.pool, max: 1 });
    const adapter = sendScriptsWhole(await new PrismaPg(pool, pgOptions).connect());
    readCharColumns(pool, adapter);
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      open.delete(adapter);
      await dispose();
    };
    return adapter;
  }

  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: () => connectTo(config),
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await createDatabase(config, name).catch((error: { code?: string; message?: string }) => {
        throw shadowDatabaseError(`cannot create the shadow database: ${error.message}`, error.code);
      });
      const adapter = await connectTo(withDatabase(config, name));
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await dropDatabase(config, name);
      };
      await refuseIfNotShadow(adapter, name);
      return adapter;
    },
    async close() {
      await Promise.all([...open].map((adapter) => adapter.dispose()));
    },
  };
}

type AdapterInternals = { onError(error: unknown): never };

function sendScriptsWhole(adapter: Awaited<ReturnType<PrismaPg["connect"]>>): SqlDriverAdapter {
  const pool: pg.Pool = adapter.underlyingDriver();
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      // PrismaPg's own mapping from pg errors to the DriverAdapterError the engine reads.
      (adapter as unknown as AdapterInternals).onError(error);
    }
  };
  return adapter;
}

/**
 * The engine replays every migration into the shadow database. A server that ignores the
 * database name (a misconfigured pooler serving one database whatever the name) would have them
 * replayed into the main database instead: refuse.
 */
async function refuseIfNotShadow(adapter: SqlDriverAdapter, name: string): Promise<void> {
  const result = await adapter.queryRaw({ sql: "SELECT current_database()", args: [], argTypes: [] });
  const current = result.rows[0]?.[0];
  if (current === name) return;
  await adapter.dispose();
  throw shadowDatabaseError(
    `this server cannot provide a shadow database (asked for "${name}", connected to "${String(current)}"); ` +
      "migrate dev and diffs from the migrations folder need a real PostgreSQL server",
  );
}

/** A DriverAdapterError: for any other error thrown by the factory the engine shows only an id. */
function shadowDatabaseError(message: string, code = "08000"): DriverAdapterError {
  return new DriverAdapterError({
    kind: "postgres",
    code,
    severity: "ERROR",
    message,
    detail: undefined,
    column: undefined,
    hint: undefined,
  });
}
