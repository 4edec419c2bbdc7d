import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

/** `at`: performance.now() when the message was verified. */
export type ReceivedWebhook = { headers: IncomingHttpHeaders; body: string; event: unknown; at: number };

/**
 * A shop's webhook receiver on loopback: it verifies every message with the Standard Webhooks
 * library and the endpoint's secret (`secret` can be set once the endpoint exists), keeps what it
 * verified, and answers what the test asks: a status per request in order, or `hang` (never).
 */
export async function startWebhookReceiver() {
  const verified: ReceivedWebhook[] = [];
  const refused: string[] = [];
  const script: (number | "hang")[] = [];
  let secret = "";
  let arrived = 0;
  const server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      arrived += 1;
      try {
        const event = new Webhook(secret).verify(body, request.headers as Record<string, string>);
        verified.push({ headers: request.headers, body, event, at: performance.now() });
      } catch (error) {
        refused.push(String(error));
      }
      const next = script.shift() ?? 200;
      if (next !== "hang") response.writeHead(next).end(next === 200 ? "ok" : "not now");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    verified,
    refused,
    arrivals: () => arrived,
    setSecret: (value: string) => (secret = value),
    answer: (...statuses: (number | "hang")[]) => script.push(...statuses),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
