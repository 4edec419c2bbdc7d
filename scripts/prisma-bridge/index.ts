// The schema engine as a library: what `prisma migrate deploy`, `migrate status` and a drift
// check do, run in-process on the WASM engine (no binary, no CLI). Node-only.
import type {
  HistoryDiagnostic,
  MigrationList,
  SchemaEngine,
  SchemaFilter,
} from "@prisma/schema-engine-wasm";
import { parseDatabaseUrl } from "./connection-config";
import { toSchemaEngineError } from "./engine-errors";
import { readMigrationsList } from "./migrations-list";
import { type SchemaFile, openSchemaEngine, readSchemaFiles } from "./open-engine";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths";

export { SchemaEngineError } from "./engine-errors";

export type MigrationOptions = {
  /** Defaults to the repository's prisma/migrations. */
  migrationsDir?: string;
  /** Defaults to the repository's prisma/schema.prisma. */
  schemaPath?: string;
};

export type MigrationStatus = {
  /** No pending, failed, edited or unknown migration. */
  upToDate: boolean;
  applied: string[];
  pending: string[];
  failed: string[];
  /** Applied, then changed on disk (checksum mismatch). */
  edited: string[];
  /** Recorded in the database but missing from the folder. */
  unknown: string[];
};

const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

type Inputs = { engine: SchemaEngine; migrationsList: MigrationList; schemaFiles: SchemaFile[] };

/** Runs one engine command on `databaseUrl`; failures become SchemaEngineError (clean message, P-code). */
async function withEngine<T>(
  databaseUrl: string,
  options: MigrationOptions,
  run: (inputs: Inputs) => Promise<T>,
) {
  const migrationsList = await readMigrationsList(options.migrationsDir ?? MIGRATIONS_DIR);
  const schemaFiles = await readSchemaFiles([options.schemaPath ?? SCHEMA_PATH]);
  const open = await openSchemaEngine(parseDatabaseUrl(databaseUrl), schemaFiles).catch((error: unknown) => {
    throw toSchemaEngineError(error);
  });
  try {
    return await run({ engine: open.engine, migrationsList, schemaFiles });
  } catch (error) {
    throw toSchemaEngineError(error);
  } finally {
    await open.close();
  }
}

/** What `prisma migrate deploy` does: applies pending migrations, recorded in `_prisma_migrations`. */
export function applyMigrations(
  databaseUrl: string,
  options: MigrationOptions = {},
): Promise<{ applied: string[] }> {
  return withEngine(databaseUrl, options, async ({ engine, migrationsList }) => {
    const output = await engine.applyMigrations({ migrationsList, filters: NO_FILTER });
    return { applied: output.appliedMigrationNames };
  });
}

/** What `prisma migrate status` reports, as data. */
export function migrationStatus(
  databaseUrl: string,
  options: MigrationOptions = {},
): Promise<MigrationStatus> {
  return withEngine(databaseUrl, options, async ({ engine, migrationsList }) => {
    const diagnostic = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    });
    const { pending, unknown } = splitHistory(diagnostic.history);
    const failed = diagnostic.failedMigrationNames;
    const edited = diagnostic.editedMigrationNames;
    const applied = migrationsList.migrationDirectories
      .map((directory) => directory.path)
      .filter((name) => !pending.includes(name) && !failed.includes(name));
    const upToDate = pending.length + failed.length + edited.length + unknown.length === 0;
    return { upToDate, applied, pending, failed, edited, unknown };
  });
}

function splitHistory(history: HistoryDiagnostic | null): { pending: string[]; unknown: string[] } {
  if (!history) return { pending: [], unknown: [] };
  switch (history.diagnostic) {
    case "databaseIsBehind":
      return { pending: history.unappliedMigrationNames, unknown: [] };
    case "migrationsDirectoryIsBehind":
      return { pending: [], unknown: history.unpersistedMigrationNames };
    case "historiesDiverge":
      return { pending: history.unappliedMigrationNames, unknown: history.unpersistedMigrationNames };
  }
}

/**
 * The SQL that would take a database built by the migrations folder to schema.prisma: "" when
 * they agree. The engine replays the migrations into a temporary shadow database on the server
 * of `databaseUrl` (created and dropped for the occasion), which is why it needs one; the
 * database of `databaseUrl` itself is only connected to.
 */
export function diffMigrationsToSchema(databaseUrl: string, options: MigrationOptions = {}): Promise<string> {
  return withEngine(databaseUrl, options, async ({ engine, migrationsList, schemaFiles }) => {
    const result = await engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: schemaFiles.map(([path, content]) => ({ path, content })) },
      script: true,
      exitCode: true,
      filters: NO_FILTER,
    });
    // exitCode 2 = a non-empty diff (`--exit-code`); in sync, stdout is "-- This is an empty migration."
    return result.exitCode === 2 ? (result.stdout ?? "") : "";
  });
}
