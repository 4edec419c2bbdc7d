// A background process that sends due webhooks once, for the crash test: killed with SIGKILL while
// its request is in flight, it must leave the delivery to be sent again, once, after a restart.
// Run with: node --import tsx --conditions=react-server test/support/webhooks/sender-process.ts
// Env: DATABASE_URL. Prints "sending" once its pass has started.
import { createDb } from "@/lib/db/client";
import { deliverDue } from "@/lib/webhooks/deliver-due";

async function main() {
  const db = createDb(process.env.DATABASE_URL ?? "", 2);
  process.stdout.write("sending\n");
  await deliverDue(db);
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
