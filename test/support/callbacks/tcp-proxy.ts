import { createServer, connect, type Socket } from "node:net";
import type { AddressInfo } from "node:net";

/**
 * A loopback TCP proxy in front of PostgreSQL that can "restart the database" from the clients'
 * point of view: every connection is cut and new ones are refused for a while, without touching
 * the shared server other tests use. Committed data is PostgreSQL's durability; what this tests is
 * that Caisse's processes notice, reconnect by themselves and lose nothing they answered for.
 */
export type TcpProxy = { port: number; cut(downMs: number): Promise<void>; close(): Promise<void> };

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let down = false;
  const server = createServer((client) => {
    if (down) return void client.destroy();
    const upstream = connect(targetPort, targetHost);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", drop).on("close", drop);
    upstream.on("error", drop).on("close", drop);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async cut(downMs) {
      down = true;
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      down = false;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
