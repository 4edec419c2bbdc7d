import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { seedIfEmpty } from "@/lib/demo/seed-demo";
import { MIGRATIONS_DIR } from "@/scripts/prisma-bridge/paths";
import { createTestDatabase, type TestDatabase } from "@/test/support/database";
import { importEarlierData } from "./import-earlier-data";

// An earlier Caisse's PGlite folder holding the demo month (invoices, refunds, ledger, audit),
// carried into a new PostgreSQL database: every row of every table arrives unchanged, once.

let dataDir: string;
let seeded: TestDatabase;
const targets: TestDatabase[] = [];

async function tableFingerprints(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    );
    const prints: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; digest: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`,
      );
      prints[name] = `${rows[0]?.n}:${rows[0]?.digest}`;
    }
    return prints;
  } finally {
    await client.end();
  }
}

/** The folder as files on disk: names, sizes and times — what "never changed" means. */
function folderState(dir: string): string {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .sort()
    .map((name) => {
      const info = statSync(path.join(dir, name));
      return `${name}:${info.size}:${info.mtimeMs}`;
    })
    .join("\n");
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "caisse-earlier-"));
  await chmod(dataDir, 0o755);
  seeded = await createTestDatabase();
  const db = createDb(seeded.url, 2);
  await seedIfEmpty(db);
  await db.$disconnect();
  const seededClient = new pg.Client({ connectionString: seeded.url });
  await seededClient.connect();
  // Rows in tables whose ids come from a sequence, so the import must move the sequences on.
  await seededClient.query(
    "INSERT INTO login_attempts (email, ip, success) SELECT 'a' || g || '@b.bf', '127.0.0.1', true FROM generate_series(1, 3) g",
  );
  await seededClient.query(
    "INSERT INTO audit_log (action) SELECT 'before.import.' || g FROM generate_series(1, 3) g",
  );
  await seededClient.end();

  // The earlier embedded database: the same migrations, then the seeded rows.
  const earlier = await PGlite.create(path.join(dataDir, "pgdata"), { extensions: { pg_trgm, unaccent } });
  for (const folder of readdirSync(MIGRATIONS_DIR)
    .filter((f) => existsSync(path.join(MIGRATIONS_DIR, f, "migration.sql")))
    .sort()) {
    await earlier.exec(readFileSync(path.join(MIGRATIONS_DIR, folder, "migration.sql"), "utf8"));
  }
  const source = new pg.Client({ connectionString: seeded.url });
  await source.connect();
  await earlier.exec("SET session_replication_role = replica");
  for (const table of Object.keys(await tableFingerprints(seeded.url))) {
    const { rows } = await source.query<{ batch: string | null }>(
      `SELECT json_agg(t)::text AS batch FROM "${table}" t`,
    );
    if (rows[0]?.batch)
      await earlier.query(
        `INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`,
        [rows[0].batch],
      );
  }
  await source.end();
  await earlier.close();
}, 180_000);

afterAll(async () => {
  for (const target of targets) await target.drop();
  await seeded?.drop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function newTarget(): Promise<TestDatabase> {
  const target = await createTestDatabase();
  targets.push(target);
  return target;
}

describe("importing an earlier PGlite embedded database", () => {
  it("copies every row of every table, leaves the earlier folder as it was, and happens once", async () => {
    const target = await newTarget();
    const before = folderState(path.join(dataDir, "pgdata"));
    const result = await importEarlierData(dataDir, target.url);
    const expected = await tableFingerprints(seeded.url);
    expect(result).toMatchObject({ state: "imported" });
    expect(Object.values(expected).some((print) => !print.startsWith("0:"))).toBe(true);
    expect(await tableFingerprints(target.url)).toEqual(expected);
    expect(folderState(path.join(dataDir, "pgdata"))).toBe(before);

    // Identity columns go on after the imported ids: new rows get new ids.
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    await client.query("INSERT INTO audit_log (action) VALUES ('after.import')");
    await client.query(
      "INSERT INTO login_attempts (email, ip, success) VALUES ('c@d.bf', '127.0.0.1', false)",
    );
    await client.end();

    expect(await importEarlierData(dataDir, target.url)).toEqual({
      state: "kept",
      reason: "already_imported",
    });
  });

  it("imports nothing into a database that already has staff accounts", async () => {
    const target = await newTarget();
    const db = createDb(target.url, 1);
    await seedIfEmpty(db);
    const before = await tableFingerprints(target.url);
    await rm(path.join(dataDir, "postgres"), { recursive: true, force: true }); // no marker yet
    expect(await importEarlierData(dataDir, target.url)).toEqual({
      state: "kept",
      reason: "target_not_empty",
    });
    expect(await tableFingerprints(target.url)).toEqual(before);
    await db.$disconnect();
  });
});
