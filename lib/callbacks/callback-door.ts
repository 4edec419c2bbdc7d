import type { IncomingMessage, ServerResponse } from "node:http";
import type { Pool } from "pg";
import { CALLBACK_PATH } from "@/lib/ligdicash/endpoints";
import {
  CALLBACK_ANSWERS,
  incomingDelivery,
  MAX_STORED_BODY,
  storeDelivery,
  type StoredDelivery,
} from "./store-delivery";

/**
 * LigdiCash's door, served by the app's own Node server beside Next.js rather than through it.
 * A callback only needs to be stored and answered, yet Next.js's request pipeline (routing, the
 * Web Request/Response conversions, its tracing and AsyncLocalStorage) cost more CPU per delivery
 * than the storing itself — enough that under a burst answers queued for seconds
 * (bench/callback-ingestion.ts, bench/README.md). Same answers as the route in
 * app/api/ligdicash/callback/route.ts, which stays for `next dev`: stored → 200
 * `{received, id}`; any body, even unreadable, is stored and answered 200; only a failure to
 * store answers 503, so nothing is answered 2xx unstored.
 */
export type CallbackDoor = {
  /** Answers LigdiCash's callback and returns true; false for any other request (left to Next.js). */
  handle(req: IncomingMessage, res: ServerResponse): boolean;
};

export type CallbackDoorOptions = {
  pool: Pool;
  /** The verifier's channel: the INSERT announces each processable delivery on it. */
  notify?: string;
  /** Called once the answer is sent (the test endpoint verifies here, in-process). */
  onStored?: (stored: StoredDelivery, req: IncomingMessage) => void;
};

export function createCallbackDoor({ pool, notify, onStored }: CallbackDoorOptions): CallbackDoor {
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const { body, truncated } = await readLimitedNodeBody(req, MAX_STORED_BODY);
    // A body cut short was not read to its end: this connection cannot carry another request.
    if (truncated) res.setHeader("connection", "close");
    let stored: StoredDelivery;
    try {
      stored = await storeDelivery(pool, incomingDelivery(toHeaders(req), body.toString("utf8"), truncated), {
        notify,
      });
    } catch (error) {
      console.error("[caisse] could not store a LigdiCash callback", error);
      return sendAnswer(res, CALLBACK_ANSWERS.notStored);
    }
    sendAnswer(res, CALLBACK_ANSWERS.stored(stored.id));
    onStored?.(stored, req);
  };

  return {
    handle(req, res) {
      if (req.method !== "POST" || pathOf(req.url) !== CALLBACK_PATH) return false;
      answer(req, res).catch((error: unknown) => {
        // The body could not be read (the sender went away): there is no one left to answer.
        console.error("[caisse] a LigdiCash callback could not be read", error);
        if (!res.headersSent) sendAnswer(res, { status: 400, body: { received: false } });
      });
      return true;
    },
  };
}

function pathOf(url: string | undefined): string {
  const query = url?.indexOf("?") ?? -1;
  return query === -1 ? (url ?? "") : url!.slice(0, query);
}

function toHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  return headers;
}

function sendAnswer(res: ServerResponse, { status, body }: { status: number; body: unknown }): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
  });
  res.end(text);
}

/**
 * The body up to `limit` bytes. Past the limit nothing more is kept: the rest is read and dropped
 * (memory stays bounded whatever the sender streams) and the caller answers at once.
 */
export function readLimitedNodeBody(
  req: IncomingMessage,
  limit: number,
): Promise<{ body: Buffer; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      if (size + chunk.length <= limit) {
        chunks.push(chunk);
        size += chunk.length;
        return;
      }
      chunks.push(chunk.subarray(0, limit - size));
      req.off("data", onData).off("end", onEnd).resume();
      resolve({ body: Buffer.concat(chunks, limit), truncated: true });
    };
    const onEnd = () => resolve({ body: Buffer.concat(chunks, size), truncated: false });
    req.on("data", onData).on("end", onEnd).once("error", reject);
  });
}
