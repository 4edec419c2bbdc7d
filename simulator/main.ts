// CLI entry: `npx tsx simulator/main.ts`. Configuration through the environment (README.md).
import { DEFAULT_API_KEY, DEFAULT_AUTH_TOKEN, startSimulator } from "./server";

function readPort(value: string | undefined): number {
  if (value === undefined || value === "") return 4010;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`SIMULATOR_PORT must be a port, got "${value}"`);
  return port;
}

async function main() {
  const env = process.env;
  const simulator = await startSimulator({
    port: readPort(env.SIMULATOR_PORT),
    host: env.SIMULATOR_HOST || "127.0.0.1",
    apiKey: env.LIGDICASH_API_KEY || DEFAULT_API_KEY,
    authToken: env.LIGDICASH_AUTH_TOKEN || DEFAULT_AUTH_TOKEN,
    publicOrigin: env.SIMULATOR_PUBLIC_ORIGIN || undefined,
    stateFile: env.SIMULATOR_STATE_FILE || undefined,
    log: (line) => console.error(`[simulateur] ${line}`),
  });
  const autoSettleMs = env.SIMULATOR_AUTO_SETTLE_MS;
  if (autoSettleMs) simulator.controls.setAutoSettle({ enabled: true, delayMs: Number(autoSettleMs) });
  console.log(
    `LigdiCash simulator listening on ${simulator.origin} — LIGDICASH_BASE_URL=${simulator.baseUrl}`,
  );

  const stop = () => {
    void simulator.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
