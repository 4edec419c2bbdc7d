import { readFile } from "node:fs/promises";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { createMigrationAdapterFactory } from "./adapter-factory";
import type { ConnectionConfig } from "./connection-config";
import { loadSchemaEngine } from "./load-engine";

export type SchemaFile = [path: string, content: string];

export type OpenEngine = {
  engine: SchemaEngine;
  close(): Promise<void>;
};

/** The engine panics (wasm `unreachable`) when given no schema at all: commands such as the
 * CLI's `can-connect-to-database` bring none, so they get this one. */
const DATASOURCE_ONLY_SCHEMA: SchemaFile = [
  "schema.prisma",
  'datasource db {\n  provider = "postgresql"\n}\n',
];

export async function readSchemaFiles(paths: readonly string[]): Promise<SchemaFile[]> {
  return Promise.all(paths.map(async (p): Promise<SchemaFile> => [p, await readFile(p, "utf8")]));
}

/**
 * Starts a WASM schema engine on one database. `log` receives the engine's tracing lines
 * (one JSON object each), the same lines the binary writes to stderr.
 */
export async function openSchemaEngine(
  config: ConnectionConfig,
  schemaFiles: SchemaFile[],
  log: (line: string) => void = () => {},
): Promise<OpenEngine> {
  const { SchemaEngine } = await loadSchemaEngine();
  const factory = createMigrationAdapterFactory(config);
  const datamodels = schemaFiles.length > 0 ? schemaFiles : [DATASOURCE_ONLY_SCHEMA];
  const engine = await SchemaEngine.new(
    { datamodels },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  ).catch(async (error: unknown) => {
    await factory.close(); // an open pool would keep the process alive
    throw error;
  });
  return {
    engine,
    async close() {
      try {
        engine.free();
      } catch {
        // After a Rust panic the engine stays "borrowed" and cannot be freed; the pools still can.
      }
      // Also drops a shadow database left open by a failed or panicked command.
      await factory.close();
    },
  };
}
