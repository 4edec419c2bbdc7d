import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDatabaseUrl } from "@/scripts/prisma-bridge/connection-config";
import { createDatabase, dropDatabase } from "@/scripts/prisma-bridge/databases";
import { PROJECT_ROOT } from "@/scripts/prisma-bridge/paths";
import { TEST_SERVER_URL, createTestDatabase, type TestDatabase } from "@/test/support/database";
import { addPayoutField, copyPrismaProject, type PrismaCopy } from "@/test/support/prisma-copy";

// The stock Prisma CLI, run through scripts/prisma.ts and the WASM engine bridge.

type Run = { code: number; output: string };

function runPrisma(args: string[], env: Record<string, string | undefined>): Promise<Run> {
  const tsx = path.join(PROJECT_ROOT, "node_modules", "tsx", "dist", "cli.mjs");
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [tsx, path.join(PROJECT_ROOT, "scripts", "prisma.ts"), ...args],
      { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

describe("migrate deploy and migrate status on an empty database", () => {
  const server = parseDatabaseUrl(TEST_SERVER_URL);
  const name = `caisse_cli_${Date.now().toString(36)}`;
  const url = Object.assign(new URL(TEST_SERVER_URL), { pathname: `/${name}` }).toString();

  beforeAll(() => createDatabase(server, name));
  afterAll(() => dropDatabase(server, name));

  it("status first reports the pending migrations", async () => {
    const { code, output } = await runPrisma(["migrate", "status"], { DATABASE_URL: url });
    expect(output).toMatch(/Following migrations have not yet been applied:\n\d{14}_init\n/);
    expect(code).toBe(1);
  });

  it("deploy applies every migration", async () => {
    const started = performance.now();
    const { code, output } = await runPrisma(["migrate", "deploy"], { DATABASE_URL: url });
    console.info(`migrate deploy on an empty database: ${Math.round(performance.now() - started)} ms`);
    expect(output).toContain("All migrations have been successfully applied.");
    expect(code).toBe(0);
  });

  it("status then reports the database up to date", async () => {
    const { code, output } = await runPrisma(["migrate", "status"], { DATABASE_URL: url });
    expect(output).toContain("Database schema is up to date!");
    expect(code).toBe(0);
  });
});

describe("migrate dev --create-only on a copy with an extra field", () => {
  let database: TestDatabase;
  let copy: PrismaCopy;

  beforeAll(async () => {
    database = await createTestDatabase();
    copy = await copyPrismaProject(addPayoutField);
  });
  afterAll(async () => {
    await copy?.remove();
    await database?.drop();
  });

  it("writes a new migration folder with the new column", async () => {
    const before = await readdir(copy.migrationsDir);
    const { code, output } = await runPrisma(
      ["migrate", "dev", "--create-only", "--name", "probe", "--config", copy.configPath],
      {
        DATABASE_URL: database.url,
      },
    );
    expect(output).toContain("Prisma Migrate created the following migration without applying it");
    expect(code).toBe(0);

    const created = (await readdir(copy.migrationsDir)).filter((entry) => !before.includes(entry));
    expect(created).toEqual([expect.stringMatching(/^\d{14}_probe$/)]);
    const sql = await readFile(path.join(copy.migrationsDir, created[0]!, "migration.sql"), "utf8");
    expect(sql).toMatch(/ALTER TABLE "payouts" ADD COLUMN\s+"drift_probe" TEXT;/);
  });
});

describe("scripts/prisma.ts without DATABASE_URL", () => {
  it("says, in French and English, to set it", async () => {
    const { code, output } = await runPrisma(["migrate", "status"], { DATABASE_URL: "" });
    expect(output).toContain("DATABASE_URL n'est pas défini");
    expect(output).toContain("DATABASE_URL is not set");
    expect(code).toBe(1);
  });
});
