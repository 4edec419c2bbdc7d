// Next.js start-up hook: starts the background worker (callback sweeper + reconciliation) in each
// app process on the Node.js runtime. Several instances are fine: the queue is in PostgreSQL.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { registerWorker } = await import("@/lib/jobs/register-worker");
  await registerWorker();
}
