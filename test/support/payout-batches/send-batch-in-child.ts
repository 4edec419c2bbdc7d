// Test helper: sends a batch in a separate process, so a test can SIGKILL it mid-send — a real
// crash, not a thrown error. Run with `node --import tsx` (not the tsx CLI, which would put a
// wrapper process between the test and the one to kill).
// Usage: <dbUrl> <baseUrl> <batchId> <concurrency>
import { createDb } from "@/lib/db/client";
import { sendBatch } from "@/lib/payout-batches/send-batch";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";

const [dbUrl, baseUrl, batchId, concurrency] = process.argv.slice(2) as [string, string, string, string];
const db = createDb(dbUrl, 4);
const gateway = createSimulatorClient(baseUrl, { timeoutMs: 60_000, callbackUrl: "http://127.0.0.1:9/cb" });

sendBatch({ db, gateway }, { batchId, concurrency: Number(concurrency) })
  .then(() => db.$disconnect())
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
