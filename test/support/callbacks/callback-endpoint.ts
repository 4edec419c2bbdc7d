import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StatusGateway } from "@/lib/verification/verify-transaction";
import { processDelivery } from "@/lib/callbacks/process-delivery";
import { processingLane } from "@/lib/callbacks/processing-lane";
import { receiveCallback } from "@/lib/callbacks/receive-callback";

/**
 * The callback route's exact work (store → answer 200 → process after the answer) on a plain
 * Node server, for integration tests and the benchmark, without building Next.js.
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

function toRequest(req: IncomingMessage, body: Buffer): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (typeof value === "string") headers.set(name, value);
  headers.set("x-forwarded-for", req.socket.remoteAddress ?? "unknown");
  return new Request(`http://127.0.0.1${req.url ?? "/"}`, {
    method: req.method,
    headers,
    body: new Uint8Array(body),
  });
}

export async function startCallbackEndpoint(
  db: PrismaClient,
  gateway: StatusGateway,
  options: { process?: boolean } = {},
): Promise<CallbackEndpoint> {
  const pending = new Set<Promise<unknown>>();
  const timings: CallbackEndpoint["timings"] = [];
  const server = createServer((req, res) => {
    const started = performance.now();
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        let stored: Awaited<ReturnType<typeof receiveCallback>>;
        try {
          stored = await receiveCallback(db, toRequest(req, Buffer.concat(chunks)));
        } catch {
          res.writeHead(503).end();
          return;
        }
        res
          .writeHead(200, { "content-type": "application/json" })
          .end(JSON.stringify({ received: true, id: stored.id }));
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
      })();
    });
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
