import pg from "pg";
import { type ConnectionConfig, withDatabase } from "./connection-config";

/** CREATE/DROP DATABASE run from a session on another database of the same server. */
async function runOnServer(config: ConnectionConfig, sql: string): Promise<void> {
  const client = new pg.Client(config.pool);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Creates database `name`, connecting through `via` (any existing database of that server). */
export async function createDatabase(via: ConnectionConfig, name: string): Promise<void> {
  await runOnServer(via, `CREATE DATABASE ${quoteIdentifier(name)}`);
}

/** Drops database `name` even if sessions remain (e.g. a test that forgot to close its client). */
export async function dropDatabase(via: ConnectionConfig, name: string): Promise<void> {
  await runOnServer(via, `DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
}

/** Another database of the same server, to create or drop `config.database` from. */
export function maintenanceDatabase(config: ConnectionConfig): ConnectionConfig {
  return withDatabase(config, config.database === "postgres" ? "template1" : "postgres");
}
