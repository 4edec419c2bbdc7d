import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_SERVER_URL, type TestDatabase } from "@/test/support/database";
import { PROJECT_ROOT, SCHEMA_PATH } from "./paths";

// The executable the Prisma CLI runs as its schema-engine binary, driven the way the CLI does.

const BRIDGE = path.join(PROJECT_ROOT, "scripts", "schema-engine-bridge.cjs");

type Exit = { code: number | null; stdout: string; stderr: string };

function runBridge(args: string[], stdinLines: object[] = []): Promise<Exit> {
  return new Promise((resolve, reject) => {
    // Exec'd directly, as the CLI does: the shebang and the executable bit are part of the test.
    const child = spawn(BRIDGE, args, { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
    for (const line of stdinLines) child.stdin.write(`${JSON.stringify(line)}\n`);
    child.stdin.end();
  });
}

function datasource(url: string): string[] {
  return ["--datasource", JSON.stringify({ url })];
}

function urlOf(database: string): string {
  return Object.assign(new URL(TEST_SERVER_URL), { pathname: `/${database}` }).toString();
}

describe("schema-engine bridge, one-shot commands", () => {
  it("prints its version as the binary does", async () => {
    const { code, stdout } = await runBridge(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^schema-engine-cli [0-9a-f]{40}\n$/);
  });

  it("exits 0 when the database is reachable", async () => {
    expect((await runBridge([...datasource(TEST_SERVER_URL), "cli", "can-connect-to-database"])).code).toBe(
      0,
    );
  });

  it("reports a missing database as P1003, in the stderr shape the CLI parses", async () => {
    const { code, stderr } = await runBridge([
      ...datasource(urlOf("caisse_does_not_exist")),
      "cli",
      "can-connect-to-database",
    ]);
    expect(code).toBe(1);
    // The CLI drops the first line, then JSON-parses every other line: no trailing newline.
    const [, ...lines] = stderr.split(/\r?\n/);
    const logs = lines.map(
      (line) => JSON.parse(line) as { level: string; target: string; fields: Record<string, string> },
    );
    expect(logs).toEqual([
      expect.objectContaining({
        level: "ERROR",
        target: "schema_engine::logger",
        fields: expect.objectContaining({ error_code: "P1003" }),
      }),
    ]);
  });

  it("reports an unreachable server as P1001", async () => {
    const { code, stderr } = await runBridge([
      ...datasource("postgresql://postgres@127.0.0.1:1/x"),
      "cli",
      "can-connect-to-database",
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('"error_code":"P1001"');
  });
});

describe("schema-engine bridge, JSON-RPC", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it("answers each request on one stdout line, logs on stderr only", async () => {
    const { code, stdout, stderr } = await runBridge(
      ["--datamodels", SCHEMA_PATH, ...datasource(database.url)],
      [
        {
          jsonrpc: "2.0",
          id: 1,
          method: "ensureConnectionValidity",
          params: { datasource: { tag: "ConnectionString", url: database.url } },
        },
        { jsonrpc: "2.0", id: 2, method: "noSuchMethod", params: {} },
        {
          jsonrpc: "2.0",
          id: 3,
          method: "markMigrationRolledBack",
          params: { migrationName: "never_applied" },
        },
        { jsonrpc: "2.0", id: 4, method: "version" },
      ],
    );
    expect(code).toBe(0);
    const responses = stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(responses).toEqual([
      { jsonrpc: "2.0", id: 1, result: {} },
      { jsonrpc: "2.0", id: 2, error: expect.objectContaining({ code: -32601 }) },
      {
        jsonrpc: "2.0",
        id: 3,
        error: expect.objectContaining({
          code: 4466,
          data: expect.objectContaining({
            is_panic: false,
            message: expect.stringContaining("never_applied"),
          }),
        }),
      },
      { jsonrpc: "2.0", id: 4, result: expect.stringContaining("PostgreSQL") },
    ]);
    expect(stderr).toContain("Starting schema-engine-wasm");
  });
});
