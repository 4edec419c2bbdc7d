import { after, NextResponse } from "next/server";
import { processDelivery } from "@/lib/callbacks/process-delivery";
import { processingLane } from "@/lib/callbacks/processing-lane";
import { receiveCallback } from "@/lib/callbacks/receive-callback";
import { CALLBACK_ANSWERS } from "@/lib/callbacks/store-delivery";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { ligdicash } from "@/lib/ligdicash";

export const dynamic = "force-dynamic";

// POST /api/ligdicash/callback — LigdiCash's payin and payout callbacks (JSON and form copies).
// Deliberately NOT wrapped in handleRoute: LigdiCash is a server (no session, no Origin), so the
// CSRF check does not apply, and nothing in the body is trusted anyway. The delivery is stored
// first, answered 200 at once, and verified after the answer (`after`); if this process dies
// before that — or if the processing lane is full under a burst and sheds it — the background
// sweeper finds it still `received` and finishes it: answering never waits for verification.
// Malformed bodies are stored, flagged and answered 200 too (LigdiCash does not retry; the
// evidence is kept). Only a failure to STORE answers 503, so that nothing is answered 2xx unstored.
// Under `npm start` this route is not reached: the callback door answers first, beside Next.js
// (lib/callbacks/callback-door.ts). It answers here when the app runs without the start command
// (`next dev`, `next start` alone); with a verifier channel set, the INSERT announces the delivery
// to that verifier process instead (lib/callbacks/verifier-channel.ts).
export async function POST(request: Request) {
  const channel = env().CAISSE_VERIFIER_CHANNEL;
  let stored: Awaited<ReturnType<typeof receiveCallback>>;
  try {
    stored = await receiveCallback(db(), request, { notify: channel });
  } catch (error) {
    console.error("[caisse] could not store a LigdiCash callback", error);
    const { body, status } = CALLBACK_ANSWERS.notStored;
    return NextResponse.json(body, { status });
  }
  if (stored.processable && !channel) {
    after(async () => {
      const work = processingLane.offer(() =>
        processDelivery(db(), ligdicash(), stored.id, { claim: stored.claim }),
      );
      await work?.catch((error: unknown) =>
        console.error(`[caisse] callback ${stored.id} left for the sweeper`, error),
      );
    });
  }
  const { body, status } = CALLBACK_ANSWERS.stored(stored.id);
  return NextResponse.json(body, { status });
}
