import type { IncomingMessage } from "node:http";
/** Appends the connection's peer to `X-Forwarded-For` and drops `X-Real-IP` (record-peer.mjs). */
export function recordPeer(req: IncomingMessage): void;
