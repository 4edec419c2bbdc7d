// Next.js start-up hook: starts the background worker (callback sweeper + reconciliation) in each
// app process on the Node.js runtime. Several instances are fine: the queue is in PostgreSQL.
// Under `npm start` the verifier process runs it instead (CAISSE_VERIFIER_CHANNEL, scripts/verifier.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  if (process.env.CAISSE_VERIFIER_CHANNEL) return;
  const { registerWorker } = await import("@/lib/jobs/register-worker");
  await registerWorker();
}
