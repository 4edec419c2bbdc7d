// @ts-check
/**
 * Route handlers never see the socket, and Next passes a client-sent `X-Forwarded-For` on
 * untouched, so the only trustworthy address — the peer of this TCP connection — is written into
 * the headers by the server itself: appended to the chain as its last hop, `X-Real-IP` dropped.
 * Which hops are believed is decided by lib/auth/client-ip.ts against TRUSTED_PROXIES.
 * @param {import("node:http").IncomingMessage} req
 */
export function recordPeer(req) {
  const peer = req.socket.remoteAddress ?? "unknown";
  const claimed = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = claimed ? `${claimed}, ${peer}` : peer;
  delete req.headers["x-real-ip"];
}
