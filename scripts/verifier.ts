// The verifier process that `npm start` runs beside the Next.js server (scripts/start.ts): it
// judges each callback the app stored (lib/callbacks/verifier.ts, announced on the instance's
// PostgreSQL channel) and runs the background worker (sweeper + reconciliation). Plain Node: no
// AsyncLocalStorage on every promise, and the app's event loop is left to answering requests.
// Run with: node --conditions=react-server --import tsx scripts/verifier.ts
import { getPriority, setPriority } from "node:os";
import { translatorFor } from "@/i18n/translator";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ligdicash } from "@/lib/ligdicash";
import { startVerifier } from "@/lib/callbacks/verifier";
import { registerWorker } from "@/lib/jobs/register-worker";

// When the CPU is short (a burst of callbacks), the kernel serves the app first: answering
// LigdiCash — store + 200 — must never wait behind verification, which has no deadline (every
// delivery is stored; what is not verified now is verified when the burst ends). At nice 10 the
// app's process weighs about nine times this one; on an idle CPU the niceness costs nothing.
// Relative to the start command's own priority (19 is the lowest there is).
const VERIFIER_NICENESS = 10;

async function main() {
  setPriority(Math.min(19, getPriority() + VERIFIER_NICENESS));
  const { DATABASE_URL: databaseUrl, CAISSE_VERIFIER_CHANNEL: channel } = env();
  if (!databaseUrl || !channel)
    throw new Error("the verifier needs DATABASE_URL and CAISSE_VERIFIER_CHANNEL");
  const verifier = await startVerifier({ databaseUrl, channel, db: db(), gateway: ligdicash() });
  // The worker's e-mails are written in each recipient's language.
  await registerWorker(translatorFor);
  console.log("[caisse] verifier started");
  // registerWorker stops the background worker on the same signals.
  const stop = () =>
    void verifier
      .stop()
      .then(() => db().$disconnect())
      .finally(() => process.exit(0));
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error("[caisse] the verifier could not start", error);
  process.exit(1);
});
