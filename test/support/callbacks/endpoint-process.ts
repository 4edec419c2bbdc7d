// A separate app-like process for the multi-process tests: the callback route's work (store →
// answer → process) on its own port, its own pool, against a shared database and simulator.
// Run with: node --import tsx --conditions=react-server test/support/callbacks/endpoint-process.ts
// Env: DATABASE_URL, LIGDICASH_BASE_URL, POOL_SIZE (10), ENDPOINT_PROCESS=0 (store and answer only:
// the "bare handler" of the benchmark). Prints one JSON line {"url": …} when ready.
import { createDb } from "@/lib/db/client";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { startCallbackEndpoint } from "./callback-endpoint";

async function main() {
  const db = createDb(process.env.DATABASE_URL ?? "", Number(process.env.POOL_SIZE ?? 10));
  const gateway = createSimulatorClient(process.env.LIGDICASH_BASE_URL ?? "", {
    statusRetry: { maxAttempts: 1 },
  });
  const endpoint = await startCallbackEndpoint(db, gateway, {
    process: process.env.ENDPOINT_PROCESS !== "0",
  });
  process.stdout.write(`${JSON.stringify({ url: endpoint.url, pid: process.pid })}\n`);
  process.on(
    "SIGTERM",
    () =>
      void endpoint
        .close()
        .then(() => db.$disconnect())
        .then(() => process.exit(0)),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
