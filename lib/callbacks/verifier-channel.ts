import { z } from "zod";
import type { Claim } from "./decide-verdict";

/**
 * How a stored callback reaches the verifier process. Under `npm start`, verification does not
 * run in the Next.js process: there every promise pays for Next's AsyncLocalStorage (Node 20
 * tracks each one through a promise hook) and competes with answering LigdiCash for one event
 * loop. The delivery's INSERT itself notifies the instance's own channel (delivered at commit, so
 * never before the row exists), and the instance's verifier — a plain Node process — judges it.
 * A notice lost in between (verifier restarting, lane full) costs nothing: the row stays
 * `received` and the background sweeper finishes it.
 */

/** One channel per instance (start command): several instances on one database never verify each other's deliveries twice. */
export function verifierChannel(instanceId: string): string {
  return `caisse_verify_${instanceId}`;
}

/** What the notice carries: enough to verify without reading the row back. */
export type StoredNotice = { id: string; claim: Claim };

const noticeSchema = z.object({
  id: z.string().min(1).max(64),
  t: z.string().max(100).nullable(),
  s: z.string().max(200).nullable(),
  a: z.number().int().nullable(),
});

/** The JSON the INSERT builds for each processable row (store-delivery.ts), as SQL. */
export const NOTICE_SQL =
  "json_build_object('id', id, 't', claimed_transaction_id, 's', claimed_status, 'a', claimed_amount)::text";

/** null for anything else on the channel (a notice is only ever read, never trusted blindly). */
export function parseStoredNotice(payload: string): StoredNotice | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = noticeSchema.safeParse(json);
  if (!parsed.success) return null;
  const { id, t, s, a } = parsed.data;
  return { id, claim: { transactionId: t, status: s, amount: a } };
}
