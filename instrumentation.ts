// Next.js start-up hook, in each app process on the Node.js runtime: prints the go-live check
// once, without waiting for it (docs/go-live.md), and starts the background worker (callback
// sweeper + reconciliation; several instances are fine, the queue is in PostgreSQL) — unless the
// verifier process runs it (`npm start`: CAISSE_VERIFIER_CHANNEL, scripts/verifier.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  void logGoLiveAtStartUp();
  if (process.env.CAISSE_VERIFIER_CHANNEL) return;
  const [{ registerWorker }, { translatorFor }] = await Promise.all([
    import("@/lib/jobs/register-worker"),
    import("@/i18n/translator"),
  ]);
  await registerWorker(translatorFor);
}

async function logGoLiveAtStartUp(): Promise<void> {
  try {
    const [{ logGoLiveCheck }, { translatorFor }] = await Promise.all([
      import("@/lib/go-live/log-at-start-up"),
      import("@/i18n/translator"),
    ]);
    await logGoLiveCheck(async () => ({ fr: await translatorFor("fr"), en: await translatorFor("en") }));
  } catch (error) {
    console.error("[caisse] go-live check not run at start-up", error);
  }
}
