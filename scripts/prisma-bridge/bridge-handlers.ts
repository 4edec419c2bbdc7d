import type { MigrationList, SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import type { Handler } from "./bridge-json-rpc";

/** The engine's own methods, called by the CLI under the same names with the same params. */
const ENGINE_METHODS = [
  "applyMigrations",
  "createMigration",
  "dbExecute",
  "debugPanic",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "diff",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
  "version",
] as const;

/** The engine's cache misses in these two commands end in this error (see withSchemaCache). */
const NO_SHADOW_FACTORY = "shadow DB must be provided through an external factory";

export function engineHandlers(getEngine: () => Promise<SchemaEngine>, extra: Record<string, Handler>) {
  const handlers: Record<string, Handler> = { ...extra };
  for (const method of ENGINE_METHODS) {
    handlers[method] = async (params) => {
      const engine = await getEngine();
      const call = () =>
        (engine as unknown as Record<string, (p: unknown) => Promise<unknown>>)[method]!(params);
      return method === "evaluateDataLoss" || method === "createMigration"
        ? withSchemaCache(engine, params as CachedSchemaParams, call)
        : call();
    };
  }
  return handlers;
}

type CachedSchemaParams = { migrationsList: MigrationList; filters: SchemaFilter };

/**
 * In the WASM engine, `evaluateDataLoss` and `createMigration` get no shadow-database factory:
 * they only read the schema of the migrations from a cache that `devDiagnostic` and
 * `diagnoseMigrationHistory` fill for the migrations *applied* at that time. So `migrate dev`
 * with a pending migration (devDiagnostic, then applyMigrations, then evaluateDataLoss) misses
 * the cache and fails. On that miss (the call failed before doing anything) we fill the cache
 * for the now-applied history through the shadow database, and call again.
 */
async function withSchemaCache(
  engine: SchemaEngine,
  params: CachedSchemaParams,
  call: () => Promise<unknown>,
) {
  try {
    return await call();
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes(NO_SHADOW_FACTORY)) throw error;
    const { migrationsList, filters } = params;
    await engine.diagnoseMigrationHistory({ migrationsList, filters, optInToShadowDatabase: true });
    return call();
  }
}
