import { rmSync } from "node:fs";
import { access, appendFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  type Cluster,
  giveToServer,
  killServer,
  pgCtl,
  runTool,
  serverAccount,
} from "@/scripts/lib/embedded-postgres/cluster";
import { applyMigrations } from "@/scripts/prisma-bridge";
import { freePort } from "./free-port";
import { parseDatabaseUrl } from "@/scripts/prisma-bridge/connection-config";
import { createDatabase } from "@/scripts/prisma-bridge/databases";

/** Debian's PostgreSQL 15, what CI installs (the embedded server is 17); POSTGRES_BIN_DIR points elsewhere. */
const BIN_DIR = process.env.POSTGRES_BIN_DIR ?? "/usr/lib/postgresql/15/bin";

export type PrivatePostgres = {
  /** A database on it with every migration applied. */
  url: string;
  /**
   * Stops the server and starts it again on the same port and files after `downMs`.
   * `immediate` (the default) stops it as a crash would — backends killed, no shutdown
   * checkpoint — so the start replays the WAL; `fast` is an orderly restart.
   */
  restart(options?: { mode?: "fast" | "immediate"; downMs?: number }): Promise<void>;
  /** Stops the server and removes its files. Never throws; safe to call twice. */
  stop(): Promise<void>;
};

/**
 * A throwaway PostgreSQL server of its own, for tests that restart or crash the database: the
 * shared test server cannot be restarted under the other test files. Its files live in a
 * temporary directory; `stop()` (or, failing that, the exit of this process) removes them.
 */
export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  await access(path.join(BIN_DIR, "pg_ctl")).catch(() => {
    throw new Error(
      `No PostgreSQL server binaries in ${BIN_DIR} (install postgresql-15 or set POSTGRES_BIN_DIR)`,
    );
  });
  const dir = await mkdtemp(path.join(tmpdir(), "caisse-pg-"));
  const cluster: Cluster = {
    binDir: BIN_DIR,
    dataDir: path.join(dir, "data"),
    logFile: path.join(dir, "server.log"),
    runAs: await serverAccount({ create: false }),
  };
  await giveToServer(cluster, dir);
  // A test runner that dies before its afterAll must not leave a server running.
  const onExit = () => {
    killServer(cluster.dataDir);
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      /* the server may still be writing as it exits: a leftover directory in tmp is harmless */
    }
  };
  process.once("exit", onExit);
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", onExit);
    // Immediate: the data is thrown away, a shutdown checkpoint would only cost time.
    await pgCtl(cluster, "stop", "-m", "immediate", "-w", "-t", "10").catch(() =>
      killServer(cluster.dataDir),
    );
    await rm(dir, { recursive: true, force: true, maxRetries: 5 }).catch(() => undefined);
  };

  try {
    const port = await initCluster(cluster);
    await pgCtl(cluster, "start", "-w", "-t", "30");
    await createDatabase(parseDatabaseUrl(`postgresql://postgres@127.0.0.1:${port}/postgres`), "caisse");
    const url = `postgresql://postgres@127.0.0.1:${port}/caisse`;
    await applyMigrations(url);
    return {
      url,
      async restart({ mode = "immediate", downMs = 1_000 } = {}) {
        await pgCtl(cluster, "stop", "-m", mode, "-w", "-t", "30");
        await new Promise((resolve) => setTimeout(resolve, downMs));
        await pgCtl(cluster, "start", "-w", "-t", "60");
      },
      stop,
    };
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Private PostgreSQL server could not start: ${reason}`, { cause: error });
  }
}

/** A fresh data directory listening on a free loopback port; answers the port. */
async function initCluster(cluster: Cluster): Promise<number> {
  // --no-sync spares initdb's own fsyncs: what the tests crash is the server, never the machine.
  await runTool(cluster, "initdb", [
    "-D",
    cluster.dataDir,
    "-U",
    "postgres",
    "--auth=trust",
    "--encoding=UTF8",
    "--locale=C",
    "--no-sync",
  ]);
  const port = await freePort();
  const settings = [
    `port = ${port}`,
    "listen_addresses = '127.0.0.1'",
    // TCP only: the default socket directory may not exist, or not be writable, on this machine.
    "unix_socket_directories = ''",
    // What a restart test is about: a commit is acknowledged only once it is in the WAL on disk.
    "fsync = on",
    "synchronous_commit = on",
    "full_page_writes = on",
  ];
  await appendFile(path.join(cluster.dataDir, "postgresql.conf"), `${settings.join("\n")}\n`);
  return port;
}
