import { createServer, connect, type AddressInfo, type Socket } from "node:net";

export type SplitWritesProxy = { port: number; close(): Promise<void> };

/**
 * A loopback TCP proxy that forwards what clients send in two writes, the second a turn of the
 * event loop later: a client's Parse/Bind and Describe/Execute/Sync then reach the server
 * separately, as they do over a real network under load. A server that is correct per
 * connection does not care; one that multiplexes connections message by message mixes them up.
 */
export async function startSplitWritesProxy(upstreamPort: number): Promise<SplitWritesProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(upstreamPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.on("data", (chunk: Buffer) => {
      const half = Math.max(1, chunk.length >> 1);
      upstream.write(chunk.subarray(0, half));
      if (half < chunk.length) setImmediate(() => upstream.write(chunk.subarray(half)));
    });
    upstream.pipe(client);
    client.on("end", () => upstream.end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
