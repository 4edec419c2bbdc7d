// @ts-check
// The production HTTP server of the app, started by scripts/start.ts in its own process (so the
// simulator and the database manager never share its event loop). It is `next start` plus one
// thing `next start` cannot do: route handlers never see the socket, and Next passes a
// client-sent `X-Forwarded-For` on untouched (node_modules/next/dist/server/base-server.js), so
// the only trustworthy address — the peer of this TCP connection — must be written into the
// headers here. It is appended to the chain as its last hop; `X-Real-IP` is dropped. Which hops
// are believed is decided by lib/auth/client-ip.ts against TRUSTED_PROXIES.
// Plain JavaScript on purpose: no TypeScript loader sits in the request path.
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import next from "next";

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
  const peer = req.socket.remoteAddress ?? "unknown";
  const claimed = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = claimed ? `${claimed}, ${peer}` : peer;
  delete req.headers["x-real-ip"];
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
