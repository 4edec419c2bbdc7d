import { parseBridgeArgs } from "./bridge-args";
import { runCliCommand } from "./bridge-cli-commands";
import { engineHandlers } from "./bridge-handlers";
import { serveJsonRpc } from "./bridge-json-rpc";
import { parseDatabaseUrl } from "./connection-config";
import { createDatabase, maintenanceDatabase } from "./databases";
import { loadSchemaEngine, lastPanicMessage } from "./load-engine";
import { type OpenEngine, openSchemaEngine, readSchemaFiles } from "./open-engine";

/** The binary's exit status after a Rust panic; the CLI turns it into a panic report. */
const PANIC_EXIT_CODE = 101;
/** What the binary prints for `--version`; `prisma -v` shows it. */
const VERSION_PREFIX = "schema-engine-cli";

/**
 * Stands in for Prisma's schema-engine binary (see scripts/schema-engine-bridge.cjs): same
 * command line, same JSON-RPC, backed by @prisma/schema-engine-wasm through @prisma/adapter-pg.
 */
export async function runBridge(argv: readonly string[]): Promise<number> {
  const args = parseBridgeArgs(argv);
  if (args.version) {
    const { version } = await loadSchemaEngine();
    process.stdout.write(`${VERSION_PREFIX} ${version()}\n`);
    return 0;
  }
  const url = args.datasource?.url;
  if (!url) {
    process.stderr.write("schema-engine-bridge: --datasource with a url is required\n");
    return 1;
  }
  if (args.datasource?.shadowDatabaseUrl) {
    // The WASM engine asks the adapter for a shadow database; ours creates a temporary one.
    process.stderr.write(
      "schema-engine-bridge: shadowDatabaseUrl is ignored (a temporary database is used)\n",
    );
  }
  const config = parseDatabaseUrl(url);
  if (args.cliCommand !== undefined) return runCliCommand(args.cliCommand, config);

  let opening: Promise<OpenEngine> | undefined;
  const open = async () => {
    opening ??= readSchemaFiles(args.datamodels).then((files) =>
      openSchemaEngine(config, files, (line) => process.stderr.write(`${line.trimEnd()}\n`)),
    );
    return opening;
  };
  const server = serveJsonRpc(
    engineHandlers(async () => (await open()).engine, {
      // The CLI's error reports ask for it; the engine's `version` answers with the server's.
      getDatabaseVersion: async () => (await open()).engine.version(),
      createDatabase: async () => {
        await createDatabase(maintenanceDatabase(config), config.database);
        return { databaseName: config.database };
      },
    }),
  );
  // A Rust panic traps inside a promise job: it surfaces here, never as a rejected request.
  process.on("uncaughtException", (error) => {
    server.failInFlight({ is_panic: true, message: lastPanicMessage() ?? error.message });
    process.stderr.write(`schema-engine-bridge: ${error.stack ?? error.message}\n`);
    const exit = () => process.exit(PANIC_EXIT_CODE);
    setTimeout(exit, 5_000).unref();
    if (!opening) return exit();
    void opening
      .then((engine) => engine.close())
      .catch(() => {})
      .finally(exit);
  });
  await server.done;
  if (opening) await (await opening).close();
  return 0;
}
