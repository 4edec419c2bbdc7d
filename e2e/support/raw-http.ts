import { request as httpRequest } from "node:http";
import { E2E_PORT } from "./e2e-env";

export type RawResponse = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
};

/**
 * One HTTP request to the journeys' server from a chosen loopback address (any 127.x.y.z reaches
 * the server on Linux): the server sees that address on its socket, whatever headers claim.
 * Playwright's request context cannot choose its source address.
 */
export function requestFrom(
  localAddress: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: "127.0.0.1",
        port: E2E_PORT,
        localAddress,
        method: options.method,
        path: options.path,
        headers: { connection: "close", ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A random loopback address of its own, so one test's failures throttle no other test. */
export function freshLoopbackAddress(): string {
  const byte = () => 2 + Math.floor(Math.random() * 250);
  return `127.${byte()}.${byte()}.${byte()}`;
}
