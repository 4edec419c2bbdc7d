// Test helper: sends one payout in a separate process, so a test can SIGKILL it mid-call — a
// real crash, not a thrown error. Usage: tsx --conditions=react-server send-in-child.ts <dbUrl> <baseUrl> <payoutId> <actorId>
import { createDb } from "@/lib/db/client";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { sendPayout } from "@/lib/payouts/send-payout";

const [dbUrl, baseUrl, payoutId, actorId] = process.argv.slice(2) as [string, string, string, string];
const db = createDb(dbUrl, 2);
const gateway = createSimulatorClient(baseUrl, { timeoutMs: 60_000, callbackUrl: "http://127.0.0.1:9/cb" });
async function main() {
  await sendPayout({ db, gateway, actor: { id: actorId, email: null } }, { payoutId });
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
