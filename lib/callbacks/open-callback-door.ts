import { createPool } from "@/lib/db/pool";
import { env } from "@/lib/env";
import { createCallbackDoor, type CallbackDoor } from "./callback-door";

/**
 * The callback door of one app server (scripts/serve-app.mjs, under the start command), on its
 * own small pool: the batched INSERT runs at most 4 statements at once (store-delivery.ts), so 4
 * connections are all it can use. null without a verifier channel: then nothing would verify
 * what the door stores, and the Next.js route (which verifies after answering) must answer instead.
 */
export function openCallbackDoor(): (CallbackDoor & { close(): Promise<void> }) | null {
  const { DATABASE_URL: url, CAISSE_VERIFIER_CHANNEL: notify } = env();
  if (!url || !notify) return null;
  const pool = createPool(url, { max: 4, label: "callback door" });
  return { ...createCallbackDoor({ pool, notify }), close: () => pool.end() };
}
