import { readdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, diffMigrationsToSchema, migrationStatus } from "@/scripts/prisma-bridge";
import { MIGRATIONS_DIR } from "@/scripts/prisma-bridge/paths";
import { createTestDatabase, type TestDatabase } from "@/test/support/database";
import { addPayoutField, copyPrismaProject } from "@/test/support/prisma-copy";

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database?.drop();
});

async function migrationFolders(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

describe("migrations on an empty PostgreSQL", () => {
  it("apply every migration, recorded in Prisma's own table, and the status is up to date", async () => {
    const folders = await migrationFolders();
    expect(folders.length).toBeGreaterThanOrEqual(2);

    const status = await migrationStatus(database.url);
    expect(status).toEqual({
      upToDate: true,
      applied: folders,
      pending: [],
      failed: [],
      edited: [],
      unknown: [],
    });

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ migration_name: string }>(
        "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name",
      );
      expect(rows.map((r) => r.migration_name)).toEqual(folders);
    } finally {
      await client.end();
    }
  });

  it("apply nothing the second time", async () => {
    expect(await applyMigrations(database.url)).toEqual({ applied: [] });
  });
});

describe("drift between schema.prisma and the migrations", () => {
  // Fails when a model changes without `npm run db:migrate:dev -- --name …`; the message is the
  // SQL the missing migration would contain.
  it("schema.prisma is exactly what the migrations build", async () => {
    const missingMigration = await diffMigrationsToSchema(database.url);
    expect(missingMigration, `schema.prisma differs from prisma/migrations:\n${missingMigration}`).toBe("");
  });

  it("is detected when a field is added without a migration", async () => {
    const copy = await copyPrismaProject(addPayoutField);
    try {
      const sql = await diffMigrationsToSchema(database.url, { schemaPath: copy.schemaPath });
      expect(sql).toMatch(/ALTER TABLE "payouts" ADD COLUMN\s+"drift_probe" TEXT;/);
    } finally {
      await copy.remove();
    }
  });
});

describe("migrations: where they live", () => {
  it("are in Prisma's standard folder format", async () => {
    for (const folder of await migrationFolders()) {
      expect(folder).toMatch(/^\d{14}_[a-z0-9_]+$/);
      expect(await readdir(path.join(MIGRATIONS_DIR, folder))).toEqual(["migration.sql"]);
    }
  });
});
