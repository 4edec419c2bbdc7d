import pg from "pg";
import type { ConnectionConfig } from "./connection-config";
import { createDatabase, dropDatabase, maintenanceDatabase } from "./databases";
import { type EngineErrorData, connectionErrorData } from "./engine-errors";

/**
 * The binary's one-shot commands (`schema-engine --datasource … cli <command>`). On failure the
 * CLI skips the first stderr line and JSON-parses every other one, looking for an ERROR from
 * `schema_engine::logger` that carries `error_code` and `message`: so one plain line, then one
 * JSON line, and no trailing newline (an empty last line would fail its JSON.parse).
 */
export async function runCliCommand(command: string | undefined, config: ConnectionConfig): Promise<number> {
  const target = { location: config.location, database: config.database, user: config.pool.user };
  const via = maintenanceDatabase(config);
  try {
    switch (command) {
      case "can-connect-to-database":
        await canConnect(config);
        return 0;
      case "create-database":
        await createDatabase(via, config.database);
        return 0;
      case "drop-database":
        await dropDatabase(via, config.database);
        return 0;
      default:
        reportError(command ?? "(none)", { is_panic: false, message: `Unknown cli command: ${command}` });
        return 1;
    }
  } catch (error) {
    reportError(command ?? "(none)", connectionErrorData(error, target));
    return 1;
  }
}

async function canConnect(config: ConnectionConfig): Promise<void> {
  const client = new pg.Client(config.pool);
  // Without a listener, an error after connect (server shutting down) would crash the bridge.
  client.on("error", () => {});
  await client.connect();
  await client.end();
}

function reportError(command: string, data: EngineErrorData): void {
  const line = {
    timestamp: new Date().toISOString(),
    level: "ERROR",
    fields: { message: data.message, ...(data.error_code ? { error_code: data.error_code } : {}) },
    target: "schema_engine::logger",
  };
  process.stderr.write(`schema-engine-bridge: ${command} failed\n${JSON.stringify(line)}`);
}
