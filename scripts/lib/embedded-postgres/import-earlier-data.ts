import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export type EarlierData =
  | { state: "none" }
  | { state: "imported"; tables: number; rows: number }
  | { state: "kept"; reason: "target_not_empty" | "already_imported" };

/** Rows copied per statement: each batch travels as one JSON document. */
const BATCH = 500;

/**
 * Carries the data of Caisse's earlier embedded database (PGlite, in `<dataDir>/pgdata`) into
 * the embedded PostgreSQL server, once: on a new server that holds no staff account yet, before
 * the demo data would be created. The earlier folder is never changed or deleted — PGlite opens a
 * copy of it, since opening writes to the files — and a marker in `<dataDir>/postgres` records
 * the import so it is never repeated.
 *
 * Both databases were built by the same migrations, so rows are copied table by table as JSON
 * and rebuilt by PostgreSQL itself (`json_populate_recordset`): every type round-trips without a
 * mapping written here. The copy is one transaction: it lands whole or not at all. Triggers and
 * foreign keys are suspended for it (`session_replication_role = replica`), because the
 * append-only ledger rules refuse nothing here — the rows were already accepted once.
 */
export async function importEarlierData(dataDir: string, targetUrl: string): Promise<EarlierData> {
  const source = path.resolve(dataDir, "pgdata");
  const marker = path.resolve(dataDir, "postgres", "imported-from-pgdata");
  if (!existsSync(path.join(source, "PG_VERSION"))) return { state: "none" };
  if (existsSync(marker)) return { state: "kept", reason: "already_imported" };

  const target = new pg.Client({ connectionString: targetUrl });
  await target.connect();
  // Loaded only when there is something to import: the app never needs PGlite otherwise.
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  // The extensions Caisse's migrations create: a folder must open with whatever it holds.
  const { unaccent } = await import("@electric-sql/pglite/contrib/unaccent");
  const copy = await mkdtemp(path.join(tmpdir(), "caisse-pgdata-"));
  await cp(source, copy, { recursive: true });
  const earlier = await PGlite.create(copy, { extensions: { pg_trgm, unaccent } });
  try {
    const { rows: staff } = await target.query<{ n: string }>("SELECT count(*) AS n FROM users");
    if (Number(staff[0]?.n) > 0) return { state: "kept", reason: "target_not_empty" };

    const tables = await copyableTables(target);
    let copied = 0;
    await target.query("BEGIN");
    try {
      await target.query("SET LOCAL session_replication_role = replica");
      for (const table of tables) copied += await copyTable(earlier, target, table);
      await resetSequences(target);
      await target.query("COMMIT");
    } catch (error) {
      await target.query("ROLLBACK");
      throw error;
    }
    await mkdir(path.dirname(marker), { recursive: true });
    await writeFile(marker, `${new Date().toISOString()} ${copied} rows\n`);
    return { state: "imported", tables: tables.length, rows: copied };
  } finally {
    await earlier.close();
    await target.end();
    await rm(copy, { recursive: true, force: true });
  }
}

/** Caisse's own tables (not the migrations record, which the new server already has). */
async function copyableTables(target: pg.Client): Promise<string[]> {
  const { rows } = await target.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
      ORDER BY table_name`,
  );
  return rows.map((r) => r.name);
}

type Earlier = { query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }> };

async function copyTable(earlier: Earlier, target: pg.Client, table: string): Promise<number> {
  const exists = await earlier.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = $1",
    [table],
  );
  if (!exists.rows[0]?.n) return 0;
  const quoted = `"${table.replaceAll('"', '""')}"`;
  let copied = 0;
  for (let offset = 0; ; offset += BATCH) {
    const { rows } = await earlier.query<{ batch: string | null; n: number }>(
      `SELECT json_agg(t)::text AS batch, count(*)::int AS n
         FROM (SELECT * FROM ${quoted} ORDER BY ctid LIMIT ${BATCH} OFFSET ${offset}) t`,
    );
    const { batch, n = 0 } = rows[0] ?? {};
    if (!batch || n === 0) return copied;
    await target.query(
      `INSERT INTO ${quoted} SELECT * FROM json_populate_recordset(NULL::${quoted}, $1::json)`,
      [batch],
    );
    copied += n;
  }
}

/** Identity columns continue after the imported ids, not from 1; so do the invoice and payout
 * numbers (`FAC-2026-000123`: text columns whose sequence gives the digits at the end). */
async function resetSequences(target: pg.Client): Promise<void> {
  const { rows } = await target.query<{ tbl: string; col: string; seq: string; text: boolean }>(
    `SELECT c.table_name AS tbl, c.column_name AS col, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS seq,
            c.data_type = 'text' AS text
       FROM information_schema.columns c
      WHERE c.table_schema = 'public' AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL`,
  );
  for (const { tbl, col, seq, text } of rows) {
    const last = text ? `substring("${col}" from '(\\d+)$')::bigint` : `"${col}"`;
    await target.query(`SELECT setval($1, COALESCE((SELECT max(${last}) FROM "${tbl}"), 0) + 1, false)`, [
      seq,
    ]);
  }
}
