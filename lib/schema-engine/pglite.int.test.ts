import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "@/lib/embedded-db/open-pglite";
import { applyMigrations, diffMigrationsToSchema, migrationStatus } from "./index";
import { MIGRATIONS_DIR } from "./paths";

// The embedded database: PGlite served by pglite-socket, migrated by the same code as PostgreSQL.

let dir: string;
let db: PGlite;
let server: PGLiteSocketServer;
let url: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "caisse-pglite-"));
  db = await openPglite(dir);
  // Port 0: any free port, never 5432 where a real server may listen. More than one connection:
  // pglite-socket frees a closed connection's slot a tick late and turns the next one away.
  server = new PGLiteSocketServer({ db, port: 0, host: "127.0.0.1", maxConnections: 4 });
  await server.start();
  url = `postgresql://postgres@${server.getServerConn()}/postgres`;
});
afterAll(async () => {
  await server?.stop();
  await db?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("applyMigrations on PGlite", () => {
  it("creates the tables, triggers and Prisma's migrations table", async () => {
    const { applied } = await applyMigrations(url);
    const folders = (await readdir(MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
    expect(folders[0]).toMatch(/_init$/);
    expect(applied).toEqual(folders);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
      );
      expect(tables.rows.map((r) => r.tablename)).toEqual(
        expect.arrayContaining([
          "_prisma_migrations",
          "users",
          "invoices",
          "payouts",
          "ledger_entries",
          "audit_log",
        ]),
      );
      const triggers = await client.query(
        "SELECT 1 FROM pg_trigger WHERE tgname = 'ledger_entries_journal_balanced'",
      );
      expect(triggers.rowCount).toBe(1);
    } finally {
      await client.end();
    }
  });

  it("then reports it up to date and applies nothing more", async () => {
    expect((await migrationStatus(url)).upToDate).toBe(true);
    expect(await applyMigrations(url)).toEqual({ applied: [] });
  });

  it("refuses a shadow database rather than replay migrations into the main one", async () => {
    // pglite-socket serves its one database whatever name is asked for.
    await expect(diffMigrationsToSchema(url)).rejects.toThrow(/cannot provide a shadow database/);
  });
});
