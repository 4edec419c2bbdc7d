import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StatusGateway } from "@/lib/verification/verify-transaction";
import { processDelivery } from "@/lib/callbacks/process-delivery";
import { createCallbackDoor } from "@/lib/callbacks/callback-door";
import { processingLane } from "@/lib/callbacks/processing-lane";
import { poolOf } from "@/lib/db/client";
import { recordPeer } from "@/scripts/lib/record-peer.mjs";

/**
 * The production callback door (lib/callbacks/callback-door.ts: store → answer 200) on a plain
 * Node server, verifying each delivery in-process after the answer as the Next.js route does
 * without a verifier process: for integration tests and the benchmark, without building Next.js.
 * `process: false` answers after storing only (the "bare" database work, or a crash before processing).
 */
export type CallbackEndpoint = {
  url: string;
  /** Resolves when every delivery answered so far has been processed. */
  idle(): Promise<void>;
  /** Per delivery: ms to answer, ms from receipt to verdict recorded. */
  timings: { answerMs: number; postedMs: number | null }[];
  close(): Promise<void>;
};

export async function startCallbackEndpoint(
  db: PrismaClient,
  gateway: StatusGateway,
  options: { process?: boolean } = {},
): Promise<CallbackEndpoint> {
  const pending = new Set<Promise<unknown>>();
  const timings: CallbackEndpoint["timings"] = [];
  const startedAt = new WeakMap<IncomingMessage, number>();
  const door = createCallbackDoor({
    pool: poolOf(db),
    onStored(stored, req) {
      const started = startedAt.get(req) ?? performance.now();
      const timing = { answerMs: performance.now() - started, postedMs: null as number | null };
      timings.push(timing);
      if (options.process === false || !stored.processable) return;
      const offered = processingLane.offer(() =>
        processDelivery(db, gateway, stored.id, { claim: stored.claim }),
      );
      if (!offered) return; // shed, as the route does: left `received` for the sweeper
      const work = offered
        .then(() => {
          timing.postedMs = performance.now() - started;
        })
        .catch(() => undefined)
        .finally(() => pending.delete(work));
      pending.add(work);
    },
  });
  const server = createServer((req, res) => {
    startedAt.set(req, performance.now());
    recordPeer(req); // as the app server does (scripts/serve-app.mjs)
    if (!door.handle(req, res)) res.writeHead(404).end();
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/ligdicash/callback`,
    timings,
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
