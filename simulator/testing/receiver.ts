import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

// A tiny HTTP receiver for callback tests: records every request and answers a configurable status.

export type ReceivedRequest = {
  at: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  contentType: string;
  body: string;
};

export type Receiver = {
  url: string;
  received: ReceivedRequest[];
  /** Status to answer (default 200) and optional delay before answering. */
  respond: { status: number; delayMs: number };
  /** Resolves once `count` requests arrived (rejects after timeoutMs). */
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedRequest[]>;
  close(): Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
  const received: ReceivedRequest[] = [];
  const respond = { status: 200, delayMs: 0 };
  const waiters: (() => void)[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({
        at: Date.now(),
        method: req.method ?? "",
        path: req.url ?? "",
        headers: req.headers,
        contentType: req.headers["content-type"] ?? "",
        body: Buffer.concat(chunks).toString("utf8"),
      });
      for (const wake of waiters.splice(0)) wake();
      setTimeout(() => {
        res.writeHead(respond.status, { "content-type": "text/plain" });
        res.end("ok");
      }, respond.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  function waitFor(count: number, timeoutMs = 3000): Promise<ReceivedRequest[]> {
    return new Promise((resolve, reject) => {
      const deadline = setTimeout(
        () => reject(new Error(`expected ${count} callback requests, got ${received.length}`)),
        timeoutMs,
      );
      const check = () => {
        if (received.length >= count) {
          clearTimeout(deadline);
          resolve([...received]);
        } else waiters.push(check);
      };
      check();
    });
  }

  return {
    url: `http://127.0.0.1:${port}/ligdicash/callback`,
    received,
    respond,
    waitFor,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
