import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StatusGateway } from "@/lib/verification/verify-transaction";
import { reconnectDelay } from "@/lib/db/reconnect-delay";
import { processDelivery } from "./process-delivery";
import { processingLane as sharedLane, type ProcessingLane } from "./processing-lane";
import { sweepDeliveries } from "./sweep-deliveries";
import { parseStoredNotice } from "./verifier-channel";

const DRAIN_TIMEOUT_MS = 10_000;
/** How often a verifier that shed notices looks whether its lane has room to catch up. */
const CATCH_UP_CHECK_MS = 500;
/**
 * The catch-up sweep takes deliveries stored at least this long ago: a notice travels in
 * milliseconds, so an older `received` row is one this verifier shed (or never heard), not one
 * it is about to judge. The background sweeper's grace (10 s) is for requests still in flight.
 */
const CATCH_UP_GRACE_MS = 2_000;

export type Verifier = {
  /** Stops listening, then waits (10 s at most) for the deliveries already taken to be judged. */
  stop(): Promise<void>;
};

/**
 * The verifier process's loop (scripts/verifier.ts): LISTENs on its instance's channel and judges
 * each announced delivery through the same bounded lane as in-process verification. When the lane
 * is full the notice is dropped — the row stays `received` — so a burst never grows this process's
 * memory. Once the lane has emptied, the verifier sweeps what it shed itself, at once, rather than
 * leaving it to the background pass (once a minute): a burst's backlog drains without a pause.
 * The LISTEN connection is a dedicated client (LISTEN is per session); it reconnects with backoff,
 * and what was announced while it was down is swept.
 */
export async function startVerifier(options: {
  databaseUrl: string;
  channel: string;
  db: PrismaClient;
  gateway: StatusGateway;
  /** The process's lane unless a test gives a smaller one. */
  lane?: ProcessingLane;
}): Promise<Verifier> {
  const { databaseUrl, channel, db, gateway } = options;
  const lane = options.lane ?? sharedLane;
  let client: pg.Client | null = null;
  let stopped = false;
  const retryDelay = reconnectDelay();
  /** When this verifier last dropped a notice (null: nothing shed waits for it). */
  let lastShedAt: number | null = null;
  let catchingUp: Promise<unknown> | null = null;

  const catchUp = setInterval(() => {
    // Every row shed so far is older than the grace once the last shed is: one sweep takes them all.
    if (lastShedAt === null || Date.now() - lastShedAt < CATCH_UP_GRACE_MS) return;
    if (catchingUp || lane.load().waiting > 0) return;
    lastShedAt = null;
    catchingUp = sweepDeliveries(db, gateway, { graceMs: CATCH_UP_GRACE_MS })
      .catch((error: unknown) => {
        lastShedAt ??= Date.now(); // the rows are still open: try again
        console.error("[caisse] verifier: catching up failed", error);
      })
      .finally(() => (catchingUp = null));
  }, CATCH_UP_CHECK_MS);
  catchUp.unref();

  const judge = (payload: string | undefined) => {
    const notice = payload === undefined ? null : parseStoredNotice(payload);
    if (!notice) {
      console.error(`[caisse] verifier: ignored a notice that is not a stored delivery`);
      return;
    }
    const work = lane.offer(() => processDelivery(db, gateway, notice.id, { claim: notice.claim }));
    if (!work) {
      lastShedAt = Date.now();
      return;
    }
    work.catch((error: unknown) =>
      console.error(`[caisse] callback ${notice.id} left for the sweeper`, error),
    );
  };

  const listen = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: databaseUrl, application_name: "caisse-verifier" });
    next.on("notification", (message) => judge(message.payload));
    next.on("error", () => undefined); // followed by "end"
    next.on("end", () => {
      if (client !== next || stopped) return;
      client = null;
      console.error("[caisse] verifier: database connection lost, reconnecting");
      reconnect();
    });
    try {
      await next.connect();
      // The channel name is validated (lib/env.ts): an identifier, safe to write into the statement.
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    client = next;
    retryDelay.reset();
  };

  const reconnect = () => {
    if (stopped) return;
    setTimeout(() => void listen().catch(reconnect), retryDelay.next()).unref();
  };

  await listen();

  return {
    stop: async () => {
      stopped = true;
      clearInterval(catchUp);
      await client?.end().catch(() => undefined);
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      while (Date.now() < deadline) {
        const { running, waiting } = lane.load();
        if (running + waiting === 0 && !catchingUp) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
