import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { chown, readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * One PostgreSQL server's files and the programs that run it. `runAs` is the OS account the
 * server runs under when this process is root (PostgreSQL refuses to run as root).
 */
export type Cluster = {
  binDir: string;
  dataDir: string;
  logFile: string;
  runAs?: ServerAccount;
};

export type ServerAccount = { uid: number; gid: number };

/**
 * The account the server runs as: none when this process is not root. As root, the `postgres`
 * OS user, created when it is missing (a machine without any PostgreSQL package has none).
 */
export async function serverAccount(options: { create: boolean }): Promise<ServerAccount | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookUp = async () => {
    const id = async (flag: string) => Number((await run("id", [flag, "postgres"])).stdout.trim());
    return { uid: await id("-u"), gid: await id("-g") };
  };
  try {
    return await lookUp();
  } catch {
    if (!options.create) {
      throw new Error(
        "running as root, which PostgreSQL refuses, and there is no `postgres` OS user to run it as",
      );
    }
    await run("useradd", [
      "--system",
      "--user-group",
      "--no-create-home",
      "--shell",
      "/usr/sbin/nologin",
      "postgres",
    ]);
    return lookUp();
  }
}

/** Whether the server's account may run a program (`-x`) or write in a folder (`-w`): the
 * folders above it must let that account in (a checkout under /root, mode 0700, does not).
 * Always true when not root. */
export async function serverMay(
  runAs: ServerAccount | undefined,
  access: "-x" | "-w",
  target: string,
): Promise<boolean> {
  if (!runAs) return true;
  try {
    await run("test", [access, target], { cwd: "/", ...runAs });
    return true;
  } catch {
    return false;
  }
}

/** Gives a directory to the server's account (a no-op when not root). */
export async function giveToServer(cluster: Pick<Cluster, "runAs">, ...paths: string[]): Promise<void> {
  if (!cluster.runAs) return;
  for (const target of paths) await chown(target, cluster.runAs.uid, cluster.runAs.gid);
}

/** Runs one of the server's programs as its account; a failure carries its output and the log's end. */
export async function runTool(cluster: Cluster, name: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(path.join(cluster.binDir, name), args, {
      // The server account may not be allowed into this process's working directory.
      cwd: path.dirname(cluster.dataDir),
      ...cluster.runAs,
      env: { ...process.env, LC_ALL: "C" },
    });
    return stdout;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    const tail = await logTail(cluster, 15);
    throw new Error(
      `${name} ${args.join(" ")}: ${(stderr || stdout || String(error)).trim()}${tail ? `\n--- ${cluster.logFile}:\n${tail}` : ""}`,
      {
        cause: error,
      },
    );
  }
}

/** pg_ctl on this cluster. `start` always writes to the log file: without -l the server would
 * hold our stdout pipe open and the call would never return. */
export function pgCtl(cluster: Cluster, ...args: string[]): Promise<string> {
  const log = args[0] === "start" ? ["-l", cluster.logFile] : [];
  return runTool(cluster, "pg_ctl", [...args, "-D", cluster.dataDir, ...log]);
}

export async function logTail(cluster: Pick<Cluster, "logFile">, lines: number): Promise<string> {
  const log = await readFile(cluster.logFile, "utf8").catch(() => "");
  return log.trimEnd().split("\n").slice(-lines).join("\n");
}

export type Postmaster = { pid: number; port: number };

/**
 * The server running on this data directory, from its `postmaster.pid`: its first line is the
 * postmaster's pid, its fourth the port. Undefined when there is no file, or its process is gone
 * (a server killed with its machine leaves the file behind; PostgreSQL replaces it at start).
 */
export function runningPostmaster(dataDir: string): Postmaster | undefined {
  let lines: string[];
  try {
    lines = readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return undefined;
  }
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  return { pid, port };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else — alive all the same.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** SIGQUIT is PostgreSQL's immediate shutdown: the postmaster takes its backends down with it. */
export function killServer(dataDir: string): void {
  const running = runningPostmaster(dataDir);
  if (running) process.kill(running.pid, "SIGQUIT");
}
