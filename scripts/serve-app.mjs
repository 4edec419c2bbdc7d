// @ts-check
// The production HTTP server of the app, started by scripts/start.ts in its own process (so the
// simulator and the database manager never share its event loop). It is `next start` plus one
// thing `next start` cannot do: route handlers never see the socket, and Next passes a
// client-sent `X-Forwarded-For` on untouched (node_modules/next/dist/server/base-server.js), so
// the peer of each TCP connection is written into the headers here (scripts/lib/record-peer.mjs).
// Plain JavaScript on purpose: no TypeScript loader sits in the request path.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import next from "next";
import { recordPeer } from "./lib/record-peer.mjs";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);

const app = next({ dev: false, dir, port, hostname: "localhost" });
const handle = app.getRequestHandler();
await app.prepare();
// LigdiCash's callbacks are stored and answered beside Next.js, not through it
// (lib/callbacks/callback-door.ts, compiled by the start command: scripts/lib/bundle-callback-door.ts).
const doorModule = process.env.CAISSE_CALLBACK_DOOR;
const door = doorModule ? (await import(pathToFileURL(doorModule).href)).openCallbackDoor() : null;

const server = createServer((req, res) => {
  recordPeer(req);
  if (door?.handle(req, res)) return;
  void handle(req, res);
});
server.listen(port, () => console.log(`[caisse] app listening on port ${port}`));

// Like `next start`: stop accepting, let the requests in progress finish (they may schedule
// `after` work), then close Next, then exit. The background worker stops on the same signal
// (lib/jobs/register-worker.ts).
let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  server.close(() => void Promise.allSettled([app.close(), door?.close()]).finally(() => process.exit(0)));
  server.closeIdleConnections();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
