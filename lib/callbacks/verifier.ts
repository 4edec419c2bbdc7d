import pg from "pg";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StatusGateway } from "@/lib/verification/verify-transaction";
import { processDelivery } from "./process-delivery";
import { processingLane } from "./processing-lane";
import { parseStoredNotice } from "./verifier-channel";

const MAX_BACKOFF_MS = 30_000;
const DRAIN_TIMEOUT_MS = 10_000;

export type Verifier = {
  /** Stops listening, then waits (10 s at most) for the deliveries already taken to be judged. */
  stop(): Promise<void>;
};

/**
 * The verifier process's loop (scripts/verifier.ts): LISTENs on its instance's channel and judges
 * each announced delivery through the same bounded lane as in-process verification. When the lane
 * is full the notice is dropped — the row stays `received` for the sweeper — so a burst never
 * grows this process's memory. The LISTEN connection is a dedicated client (LISTEN is per
 * session); it reconnects with backoff, and what was announced while it was down is swept.
 */
export async function startVerifier(options: {
  databaseUrl: string;
  channel: string;
  db: PrismaClient;
  gateway: StatusGateway;
}): Promise<Verifier> {
  const { databaseUrl, channel, db, gateway } = options;
  let client: pg.Client | null = null;
  let stopped = false;
  let backoffMs = 500;

  const judge = (payload: string | undefined) => {
    const notice = payload === undefined ? null : parseStoredNotice(payload);
    if (!notice) {
      console.error(`[caisse] verifier: ignored a notice that is not a stored delivery`);
      return;
    }
    const work = processingLane.offer(() => processDelivery(db, gateway, notice.id, { claim: notice.claim }));
    work?.catch((error: unknown) =>
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
    backoffMs = 500;
  };

  const reconnect = () => {
    if (stopped) return;
    const delay = backoffMs;
    backoffMs = Math.min(backoffMs * 2, MAX_BACKOFF_MS);
    setTimeout(() => void listen().catch(reconnect), delay).unref();
  };

  await listen();

  return {
    stop: async () => {
      stopped = true;
      await client?.end().catch(() => undefined);
      const deadline = Date.now() + DRAIN_TIMEOUT_MS;
      while (Date.now() < deadline) {
        const { running, waiting } = processingLane.load();
        if (running + waiting === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
