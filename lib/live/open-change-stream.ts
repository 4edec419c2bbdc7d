import "server-only";
import type { ChangeHub, HubEvent } from "./change-hub";

const HEARTBEAT_MS = 20_000;
/** The stream ends after this long; the browser reconnects at once, and the session is checked again. */
const MAX_STREAM_MS = 10 * 60_000;

/**
 * A Server-Sent Events stream of this process's changes for one browser tab.
 * Events: `hello` {mode} first, `mode` {mode} when LISTEN is lost or found, `change` {entity,id,status?},
 * `resync` after a reconnection (changes may have been missed: refetch everything).
 * `once`: send the greeting and end (a probe that must not hang).
 */
export function openChangeStream(
  hub: ChangeHub,
  signal: AbortSignal,
  options: { once?: boolean } = {},
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let cleanup = () => undefined as void;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (event: string, data: unknown) => {
        try {
          controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        } catch {
          cleanup();
        }
      };
      const onEvent = (event: HubEvent) => {
        if (event.type === "change") send("change", event.change);
        else if (event.type === "resync") send("resync", {});
        else send("mode", { mode: event.mode });
      };
      const unsubscribe = hub.subscribe(onEvent);
      controller.enqueue(encoder.encode("retry: 2000\n\n"));
      send("hello", { mode: hub.mode });
      if (options.once) {
        // A probe (health checks, the role-matrix test): the greeting, then the end.
        unsubscribe();
        controller.close();
        return;
      }
      const heartbeat = setInterval(() => {
        try {
          controller.enqueue(encoder.encode(": keep-alive\n\n"));
        } catch {
          cleanup();
        }
      }, HEARTBEAT_MS);
      const end = setTimeout(() => cleanup(), MAX_STREAM_MS);
      let closed = false;
      cleanup = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(end);
        try {
          controller.close();
        } catch {
          /* already closed by the client */
        }
      };
      signal.addEventListener("abort", () => cleanup());
    },
    cancel() {
      cleanup();
    },
  });
}
