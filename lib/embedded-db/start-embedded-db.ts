import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { openPglite } from "./open-pglite";

export type EmbeddedDb = { url: string; stop(): Promise<void> };

/**
 * PostgreSQL compiled to WASM (PGlite), its files under `dataDir`, served on a loopback port so
 * the app reaches it through the same `pg` driver as a real server.
 * PGlite runs one query at a time; pglite-socket queues connections and keeps a transaction's
 * queries together, which is enough for a small shop. Larger merchants set DATABASE_URL.
 */
export async function startEmbeddedDb(dataDir: string, port: number): Promise<EmbeddedDb> {
  const dir = path.resolve(dataDir, "pgdata");
  await mkdir(dir, { recursive: true });
  const pglite = await openPglite(dir);
  const server = new PGLiteSocketServer({ db: pglite, port, host: "127.0.0.1", maxConnections: 32 });
  try {
    await server.start();
  } catch (error) {
    await pglite.close();
    const busy = (error as NodeJS.ErrnoException).code === "EADDRINUSE";
    throw new Error(
      busy
        ? `Port ${port} déjà utilisé / already in use: is Caisse already running? Set EMBEDDED_DB_PORT to another port.`
        : `Base embarquée impossible à démarrer / embedded database failed to start: ${String(error)}`,
    );
  }
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
