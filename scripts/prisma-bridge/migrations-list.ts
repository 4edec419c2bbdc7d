import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { MigrationDirectory, MigrationList } from "@prisma/schema-engine-wasm";

/** No shadow-database init script: Caisse's migrations create everything they need. */
const SHADOW_DB_INIT_SCRIPT = "";

/**
 * Reads a migrations folder into the engine's input, the way the Prisma CLI does (same lock
 * file, same `localeCompare` order, unreadable `migration.sql` reported to the engine rather than
 * thrown), so a migration's checksum and order are the same whichever path applied it.
 */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockPath = "migration_lock.toml";
  const lockContent = await readFile(path.join(baseDir, lockPath), "utf8").catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const directories: MigrationDirectory[] = [];
  for (const entry of entries.filter((e) => e.isDirectory())) {
    const file = "migration.sql";
    const content = await readFile(path.join(baseDir, entry.name, file), "utf8").then(
      (value) => ({ tag: "ok" as const, value }),
      (error: Error) => ({ tag: "error" as const, value: error.message }),
    );
    directories.push({ path: entry.name, migrationFile: { path: file, content } });
  }
  directories.sort((a, b) => a.path.localeCompare(b.path));
  return {
    baseDir,
    lockfile: { path: lockPath, content: lockContent },
    shadowDbInitScript: SHADOW_DB_INIT_SCRIPT,
    migrationDirectories: directories,
  };
}
