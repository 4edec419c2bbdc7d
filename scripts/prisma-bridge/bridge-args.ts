/** The command line the Prisma CLI gives its schema-engine binary. */
export type BridgeArgs = {
  datamodels: string[];
  /** `--datasource '{"url": …}'` (the URL from prisma.config.ts). */
  datasource: { url?: string; shadowDatabaseUrl?: string } | undefined;
  /** `cli <command>`: a one-shot command instead of the JSON-RPC server. */
  cliCommand: string | undefined;
  version: boolean;
};

export function parseBridgeArgs(argv: readonly string[]): BridgeArgs {
  const args: BridgeArgs = { datamodels: [], datasource: undefined, cliCommand: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = argv[i + 1];
    if (arg === "--version" || arg === "-V") {
      args.version = true;
    } else if (arg === "cli") {
      args.cliCommand = next;
      i++;
    } else if (arg === "--datamodels" || arg === "--datasource") {
      if (next === undefined) throw new Error(`${arg} needs a value`);
      if (arg === "--datamodels") args.datamodels.push(next);
      else args.datasource = JSON.parse(next) as BridgeArgs["datasource"];
      i++;
    } else if (arg === "--enabled-preview-features" || arg === "--extension-types") {
      i++; // accepted for compatibility: no preview feature or extension changes migrations here
    } else {
      throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return args;
}
