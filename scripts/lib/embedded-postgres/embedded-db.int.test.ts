import { spawn } from "node:child_process";
import { chmod, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/scripts/prisma-bridge";
import { freePort } from "@/test/support/free-port";
import { runMixedLookups } from "@/test/support/mixed-lookups";
import { startSplitWritesProxy } from "@/test/support/split-writes-proxy";
import { isAlive, runningPostmaster } from "./cluster";
import { type EmbeddedDb, EmbeddedDbInUseError, startEmbeddedDb } from "./start-embedded-db";

// The embedded default on its real PostgreSQL server: what it answers under concurrency, and how
// it lives through a second start, a killed Caisse and a killed server.

let root: string;
const running: EmbeddedDb[] = [];
const children: ReturnType<typeof spawn>[] = [];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "caisse-embedded-"));
  await chmod(root, 0o755); // as root, the server runs as `postgres`, which must get in
});
afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  for (const db of running.splice(0)) await db.stop().catch(() => undefined);
});
afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

async function start(dataDir: string, port: number): Promise<EmbeddedDb> {
  const db = await startEmbeddedDb(dataDir, port);
  running.push(db);
  return db;
}

async function markers(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ value: string }>("SELECT value FROM markers ORDER BY value")).rows.map(
      (r) => r.value,
    );
  } finally {
    await client.end();
  }
}

/** The start command in a process of its own, which the test can kill like a crash would. */
async function holdInChild(dataDir: string, port: number, marker: string): Promise<ReturnType<typeof spawn>> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "scripts/lib/embedded-postgres/testing/hold-embedded-db.ts",
      dataDir,
      String(port),
      marker,
    ],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(child);
  const lines = createInterface({ input: child.stdout });
  await new Promise<void>((resolve, reject) => {
    lines.on("line", (line) => line === "ready" && resolve());
    child.once("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return child;
}

describe("the embedded PostgreSQL server", () => {
  it("answers each of 200 queries from 20 connections with the row that was asked for", async () => {
    const port = await freePort();
    const db = await start(path.join(root, "lookups"), port);
    await applyMigrations(db.url);
    // Each client message split in two writes, as under load: the shape that mixed up the
    // connections of the previous embedded database (one connection receiving another's rows).
    const proxy = await startSplitWritesProxy(port);
    try {
      const through = new URL(db.url);
      through.port = String(proxy.port);
      const result = await runMixedLookups(through.toString(), { queries: 200, connections: 20 });
      expect(result.errors).toEqual([]);
      expect(result.wrong).toEqual([]);
    } finally {
      await proxy.close();
    }
  });

  it("listens on loopback with a password of its own, kept in a file only its owner reads", async () => {
    const dataDir = path.join(root, "auth");
    const port = await freePort();
    const db = await start(dataDir, port);
    expect((await stat(path.join(dataDir, "postgres-password"))).mode & 0o777).toBe(0o600);
    const withoutPassword = new pg.Client({
      host: "127.0.0.1",
      port,
      user: "postgres",
      database: "caisse",
      password: "",
    });
    withoutPassword.on("error", () => undefined);
    await expect(withoutPassword.connect()).rejects.toThrow();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ listen: string; sockets: string; trgm: string }>(
      `SELECT current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets,
              (SELECT name FROM pg_available_extensions WHERE name = 'pg_trgm') AS trgm`,
    );
    await client.end();
    expect(rows[0]).toEqual({ listen: "127.0.0.1", sockets: "", trgm: "pg_trgm" });
  });

  it("refuses a second start on the same folder while one runs, and leaves the first one serving", async () => {
    const dataDir = path.join(root, "twice");
    const port = await freePort();
    const first = await start(dataDir, port);
    await expect(startEmbeddedDb(dataDir, await freePort())).rejects.toBeInstanceOf(EmbeddedDbInUseError);
    await expect(startEmbeddedDb(dataDir, port)).rejects.toThrow(/déjà démarré .* already running/);
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await client.end();
  });

  it("stops in order, and starts again on the same data", async () => {
    const dataDir = path.join(root, "restart");
    const port = await freePort();
    const child = await holdInChild(dataDir, port, "avant-arret");
    child.kill("SIGKILL"); // holder gone; take the server over, then stop it ourselves
    await new Promise((resolve) => child.once("exit", resolve));
    const db = await startEmbeddedDb(dataDir, port);
    await db.stop();
    expect(runningPostmaster(path.join(dataDir, "postgres", "data"))).toBeUndefined();
    const again = await start(dataDir, port);
    expect(await markers(again.url)).toEqual(["avant-arret"]);
  });

  it("after Caisse is killed outright, the next start takes over the server it left running", async () => {
    const dataDir = path.join(root, "orphan");
    const port = await freePort();
    const child = await holdInChild(dataDir, port, "ecrit-avant-kill");
    const orphan = runningPostmaster(path.join(dataDir, "postgres", "data"));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(orphan && isAlive(orphan.pid)).toBe(true); // the trap: the server outlives Caisse

    const db = await start(dataDir, port);
    expect(await markers(db.url)).toEqual(["ecrit-avant-kill"]);
    // Stopped in order, then started again: another postmaster serves the folder now.
    expect(runningPostmaster(path.join(dataDir, "postgres", "data"))?.pid).not.toBe(orphan!.pid);
  });

  it("after the server itself is killed, the next start recovers it with every committed write", async () => {
    const dataDir = path.join(root, "crash");
    const port = await freePort();
    const child = await holdInChild(dataDir, port, "engage");
    const server = runningPostmaster(path.join(dataDir, "postgres", "data"))!;
    child.kill("SIGKILL");
    process.kill(server.pid, "SIGKILL"); // no shutdown checkpoint: the start replays the WAL
    await waitFor(() => !isAlive(server.pid));

    const db = await start(dataDir, port);
    expect(await markers(db.url)).toEqual(["engage"]);
  });

  it("a postmaster.pid naming a process that is not PostgreSQL does not block the start", async () => {
    const dataDir = path.join(root, "stale");
    const port = await freePort();
    await (await start(dataDir, port)).stop();
    running.length = 0;
    // This test runner's own pid: alive, and not a PostgreSQL server.
    await writeFile(
      path.join(dataDir, "postgres", "data", "postmaster.pid"),
      `${process.pid}\n${dataDir}\n0\n${port}\n`,
    );
    const db = await start(dataDir, port);
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    expect((await client.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await client.end();
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
}
