import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { embeddedBinDir } from "./binaries";
import {
  type Cluster,
  giveToServer,
  logTail,
  pgCtl,
  runTool,
  runningPostmaster,
  serverAccount,
  serverMay,
} from "./cluster";

export type EmbeddedDb = { url: string; stop(): Promise<void> };

/** The database Caisse's tables live in, on the embedded server. */
const DATABASE = "caisse";
/** Held by the Caisse instance serving this data folder, on a connection of its own: released by
 * the server as soon as that process dies, however it dies. */
const INSTANCE_LOCK = [0x43414953, 0x5345] as const; // "CAIS", "SE"

export class EmbeddedDbInUseError extends Error {
  constructor(dataDir: string) {
    super(
      `Caisse est déjà démarré sur le dossier de données ${dataDir} : arrêtez-le d'abord, ou choisissez un autre CAISSE_DATA_DIR. / ` +
        `Caisse is already running on the data folder ${dataDir}: stop it first, or choose another CAISSE_DATA_DIR.`,
    );
  }
}

/**
 * A real PostgreSQL server of Caisse's own, for a shop that has none: its files in
 * `<dataDir>/postgres`, listening on 127.0.0.1 only, with a password generated at first start and
 * kept in `<dataDir>/postgres-password` (mode 0600). The app then reaches it like any
 * DATABASE_URL.
 *
 * The server runs in a session of its own (pg_ctl), so the Ctrl-C meant for the app does not stop
 * the database under requests still being answered: `stop()` shuts it down (fast mode) once the
 * app is gone. A Caisse killed outright leaves the server running; the next start finds it by its
 * `postmaster.pid`, sees that no instance holds it, and restarts it cleanly.
 */
export async function startEmbeddedDb(dataDir: string, port: number): Promise<EmbeddedDb> {
  const root = path.resolve(dataDir);
  const password = await loadOrCreatePassword(root);
  const cluster = await prepareCluster(root, password);
  const urlOn = (serverPort: number, database = DATABASE) => serverUrl(password, serverPort, database);

  await clearLeftOver(cluster, root, (serverPort) => urlOn(serverPort, "postgres"));
  try {
    await pgCtl(cluster, "start", "-w", "-t", "60", "-o", `-p ${port}`);
  } catch (error) {
    if (runningPostmaster(cluster.dataDir)) throw new EmbeddedDbInUseError(root); // another start won the race
    throw explainStartFailure(error, port, await logTail(cluster, 5));
  }

  await ensureDatabase(urlOn(port, "postgres"));
  const guard = new pg.Client({ connectionString: urlOn(port) });
  guard.on("error", () => undefined); // the server going away is stop()'s business, not a crash
  await guard.connect();
  const { rows } = await guard.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1, $2) AS locked", [
    ...INSTANCE_LOCK,
  ]);
  if (!rows[0]?.locked) {
    await guard.end();
    throw new EmbeddedDbInUseError(root);
  }

  let stopped = false;
  return {
    url: urlOn(port),
    async stop() {
      if (stopped) return;
      stopped = true;
      await guard.end().catch(() => undefined);
      await pgCtl(cluster, "stop", "-m", "fast", "-w", "-t", "60");
    },
  };
}

/**
 * For a command run beside Caisse (creating a staff account): the embedded server Caisse is
 * running, when it is; otherwise one started for the command alone and stopped by `stop()`.
 */
export async function reachEmbeddedDb(dataDir: string, port: number): Promise<EmbeddedDb> {
  const root = path.resolve(dataDir);
  const running = runningPostmaster(path.join(root, "postgres", "data"));
  if (running && existsSync(path.join(root, "postgres-password"))) {
    const url = serverUrl(await loadOrCreatePassword(root), running.port, DATABASE);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    client.on("error", () => undefined);
    const answers = await client.connect().then(
      () => true,
      () => false,
    );
    await client.end().catch(() => undefined);
    if (answers) return { url, stop: async () => undefined };
  }
  return startEmbeddedDb(dataDir, port);
}

function serverUrl(password: string, port: number, database: string): string {
  return `postgresql://postgres:${password}@127.0.0.1:${port}/${database}?sslmode=disable`;
}

/** Creates the server's files on first start; answers how to reach them. */
async function prepareCluster(root: string, password: string): Promise<Cluster> {
  const home = path.join(root, "postgres");
  const runAs = await serverAccount({ create: true });
  const cluster: Cluster = {
    binDir: await embeddedBinDir(runAs),
    dataDir: path.join(home, "data"),
    logFile: path.join(home, "server.log"),
    runAs,
  };
  await mkdir(root, { recursive: true });
  await mkdir(home, { recursive: true, mode: 0o700 });
  await giveToServer(cluster, home);
  await assertServerCanReach(cluster);
  if (existsSync(path.join(cluster.dataDir, "PG_VERSION"))) return cluster;

  await rm(cluster.dataDir, { recursive: true, force: true }); // an initdb interrupted half-way
  const passwordFile = path.join(home, "initdb-password");
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  await giveToServer(cluster, passwordFile);
  try {
    await runTool(cluster, "initdb", [
      `--pgdata=${cluster.dataDir}`,
      "--username=postgres",
      `--pwfile=${passwordFile}`,
      // Password on every connection: the port is reachable by every account on the machine.
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      // PostgreSQL's own Unicode rules (lower('É') = 'é' for search), the same on every OS.
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--locale=C",
    ]);
  } finally {
    await rm(passwordFile, { force: true });
  }
  const settings = [
    "listen_addresses = '127.0.0.1'",
    // TCP only: the default socket directory may not exist, or not be writable, on this machine.
    "unix_socket_directories = ''",
  ];
  await writeFile(path.join(cluster.dataDir, "postgresql.auto.conf"), `${settings.join("\n")}\n`, {
    flag: "a",
  });
  return cluster;
}

/** As root the server runs as `postgres`, which must be able to enter the folders above its
 * files (a data folder under /root, mode 0700, is out of its reach); its programs were made
 * reachable by embeddedBinDir. */
async function assertServerCanReach(cluster: Cluster): Promise<void> {
  const home = path.dirname(cluster.dataDir);
  if (await serverMay(cluster.runAs, "-w", home)) return;
  throw new Error(
    `Le compte système « postgres », sous lequel tourne la base embarquée, ne peut pas entrer dans ${home} ` +
      `(droits des dossiers parents). Choisissez un CAISSE_DATA_DIR qu'il peut atteindre (par exemple /var/lib/caisse/data), ou définissez DATABASE_URL. / ` +
      `The "postgres" OS account the embedded database runs as cannot enter ${home} (parent folder permissions). ` +
      `Choose a CAISSE_DATA_DIR it can reach (for example /var/lib/caisse/data), or set DATABASE_URL.`,
  );
}

async function loadOrCreatePassword(root: string): Promise<string> {
  const file = path.join(root, "postgres-password");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  await mkdir(root, { recursive: true });
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600, flag: "wx" });
  return password;
}

/**
 * A server already running on these files is either another Caisse's (its instance lock is held:
 * refuse, touch nothing) or the orphan of a Caisse that was killed (stop it in order: every
 * committed write is kept). A `postmaster.pid` whose process is not PostgreSQL is a stale file
 * whose pid was reused after a reboot: PostgreSQL would refuse to start beside it.
 */
async function clearLeftOver(cluster: Cluster, root: string, urlOn: (port: number) => string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const running = runningPostmaster(cluster.dataDir);
    if (!running) return;
    const state = await probeServer(urlOn(running.port), cluster.dataDir);
    if (state === "held") throw new EmbeddedDbInUseError(root);
    if (state === "orphan") {
      await pgCtl(cluster, "stop", "-m", "fast", "-w", "-t", "60");
      return;
    }
    if (isOtherProgram(running.pid)) {
      await rm(path.join(cluster.dataDir, "postmaster.pid"), { force: true });
      return;
    }
    // Not answering yet: starting, recovering after a crash, or shutting down.
    if (attempt >= 30) {
      throw new Error(
        `Un serveur PostgreSQL (pid ${running.pid}) utilise ${cluster.dataDir} mais ne répond pas : arrêtez-le, puis relancez Caisse. / ` +
          `A PostgreSQL server (pid ${running.pid}) is using ${cluster.dataDir} but does not answer: stop it, then start Caisse again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

async function probeServer(maintenanceUrl: string, dataDir: string): Promise<"held" | "orphan" | "silent"> {
  const client = new pg.Client({ connectionString: maintenanceUrl, connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    const { rows } = await client.query<{ dir: string; held: boolean }>(
      `SELECT current_setting('data_directory') AS dir,
              EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND granted
                        AND classid = $1 AND objid = $2 AND objsubid = 2) AS held`,
      [...INSTANCE_LOCK],
    );
    const row = rows[0];
    if (!row || path.resolve(row.dir) !== path.resolve(dataDir)) return "silent";
    return row.held ? "held" : "orphan";
  } catch {
    return "silent";
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Linux names every process in /proc; elsewhere a live pid is assumed to be the server. */
function isOtherProgram(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim() !== "postgres";
  } catch {
    return false;
  }
}

async function ensureDatabase(maintenanceUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: maintenanceUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

function explainStartFailure(error: unknown, port: number, log: string): Error {
  const busy = /Address already in use|could not bind/i.test(log);
  return new Error(
    busy
      ? `Port ${port} déjà utilisé / already in use: set EMBEDDED_DB_PORT to another port.`
      : `Base embarquée impossible à démarrer / embedded database failed to start: ${error instanceof Error ? error.message : String(error)}`,
    { cause: error },
  );
}
