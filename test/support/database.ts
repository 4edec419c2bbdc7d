import { randomBytes } from "node:crypto";
import { applyMigrations } from "@/scripts/prisma-bridge";
import { parseDatabaseUrl } from "@/scripts/prisma-bridge/connection-config";
import { createDatabase, dropDatabase } from "@/scripts/prisma-bridge/databases";

/** The server integration tests run on (CI starts PostgreSQL 15). */
export const TEST_SERVER_URL =
  process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type TestDatabase = {
  /** A fresh database with every migration applied. */
  url: string;
  name: string;
  /** Drops the database, ending any session still connected to it. */
  drop(): Promise<void>;
};

/**
 * A database of its own for one test file: created on the test server, migrated with the same
 * code as `npm start` (so the triggers and CHECK constraints are there), dropped by `drop()`.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = parseDatabaseUrl(TEST_SERVER_URL);
  // Unique across parallel runs and machines sharing a server; lowercase, < 63 bytes.
  const name = `caisse_test_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  const drop = () => dropDatabase(server, name);

  await createDatabase(server, name);
  try {
    await applyMigrations(url.toString());
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: url.toString(), name, drop };
}
