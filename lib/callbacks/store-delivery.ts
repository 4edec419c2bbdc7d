import type { Pool } from "pg";
import { clientIp } from "@/lib/auth/client-ip";
import { parseCallbackBody } from "@/lib/ligdicash/parse-callback";
import { batcherFor } from "@/lib/db/batcher";
import { newId } from "@/lib/db/new-id";
import type { Claim } from "./decide-verdict";
import { NOTICE_SQL } from "./verifier-channel";

export type IncomingDelivery = {
  body: string;
  /** The sender's body was longer than MAX_STORED_BODY: `body` is its beginning. */
  truncated?: boolean;
  contentType: string;
  headers: Record<string, string>;
  sourceIp: string | null;
};

/** A delivery as its request carries it: read the same way by the callback door and the route. */
export function incomingDelivery(headers: Headers, body: string, truncated: boolean): IncomingDelivery {
  return {
    body,
    truncated,
    contentType: headers.get("content-type") ?? "",
    headers: pickHeaders(headers),
    sourceIp: clientIp(headers),
  };
}

/** The answers LigdiCash gets, from the door and the route alike: 200 once stored; 503 only when
 * storing failed, so that nothing is answered 2xx unstored. */
export const CALLBACK_ANSWERS = {
  stored: (id: string) => ({ status: 200, body: { received: true, id } }),
  notStored: { status: 503, body: { received: false } },
} as const;

/** Bodies larger than this (bytes) are cut before storage and flagged `truncated`, never processed:
 * LigdiCash's are ~1 KB; a bigger one is noise, kept only as evidence. */
export const MAX_STORED_BODY = 64 * 1024;

/**
 * Stores one delivery exactly as it arrived, before anything else is done with it: once this
 * returns, the delivery survives a crash (the sweeper finishes it). The claim columns are only
 * what the body says. A body that cannot be read is stored too, already `flagged`, and answered
 * 200 like any other (LigdiCash has no retry policy, so a 4xx would buy nothing; the evidence is kept).
 * `kind` is the claim's apparent kind; processing looks the id up among invoices AND payouts.
 */
export type StoredDelivery = { id: string; processable: boolean; claim: Claim };

type DeliveryRow = {
  id: string;
  kind: string;
  contentType: string;
  headers: string;
  body: string;
  sourceIp: string | null;
  claim: Claim;
  flagReason: string | null;
};

// The columns of one delivery, as parallel arrays (one parameter each): any number of rows in one
// statement with a fixed text. received_at is the database's clock, the column's default.
const INSERT_DELIVERIES = `
  INSERT INTO callback_deliveries (id, kind, content_type, headers, body, source_ip, claimed_transaction_id, claimed_status, claimed_amount, outcome, flag_reason, processed_at)
  SELECT id, kind::"CallbackKind", content_type, headers, body, source_ip, transaction_id, status, amount, outcome::"CallbackOutcome", flag_reason,
         CASE WHEN flag_reason IS NULL THEN NULL ELSE now() END
  FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::text[], $11::text[])
    AS d(id, kind, content_type, headers, body, source_ip, transaction_id, status, amount, outcome, flag_reason)`;

/**
 * Many deliveries in one INSERT, straight on the pool: plain SQL text, so the callback door
 * (callback-door.ts) stores without the ORM, outside Next.js. With `notify`, the same statement
 * announces each processable row on that channel (delivered at commit).
 */
async function insertDeliveries(pool: Pool, rows: DeliveryRow[], notify?: string): Promise<null[]> {
  const values: unknown[] = [
    rows.map((r) => r.id),
    rows.map((r) => r.kind),
    rows.map((r) => r.contentType),
    rows.map((r) => r.headers),
    rows.map((r) => r.body),
    rows.map((r) => r.sourceIp),
    rows.map((r) => r.claim.transactionId),
    rows.map((r) => r.claim.status),
    rows.map((r) => r.claim.amount),
    rows.map((r) => (r.flagReason ? "flagged" : "received")),
    rows.map((r) => r.flagReason),
  ];
  if (notify) {
    values.push(notify);
    await pool.query(
      `WITH stored AS (${INSERT_DELIVERIES} RETURNING id, claimed_transaction_id, claimed_status, claimed_amount, flag_reason)
       SELECT pg_notify($12, ${NOTICE_SQL}) FROM stored WHERE flag_reason IS NULL`,
      values,
    );
  } else {
    await pool.query(INSERT_DELIVERIES, values);
  }
  return rows.map(() => null);
}

export type StoreOptions = {
  /** The verifier's channel (verifier-channel.ts): processable rows are announced on it. */
  notify?: string;
};

export async function storeDelivery(
  pool: Pool,
  incoming: IncomingDelivery,
  { notify }: StoreOptions = {},
): Promise<StoredDelivery> {
  const truncated = incoming.truncated === true || incoming.body.length > MAX_STORED_BODY;
  // PostgreSQL text cannot hold NUL: written as the visible escape `\u0000` so the insert (and the 200) never fail on it.
  const cut =
    incoming.body.length > MAX_STORED_BODY ? incoming.body.slice(0, MAX_STORED_BODY) : incoming.body;
  const body = escapeNul(cut);
  const parsed = parseCallbackBody(body, incoming.contentType);
  const flagReason = truncated ? "truncated" : parsed.ok ? null : `malformed:${parsed.reason}`;
  const claim = parsed.ok ? parsed.claim : null;
  const stored: Claim = {
    // A JSON body's `\u0000` escape is a real NUL once parsed: the claimed id is escaped back too.
    transactionId: claim?.transactionId ? escapeNul(claim.transactionId).slice(0, 100) : null,
    status: claim?.claimedStatus ?? null,
    amount:
      claim?.claimedAmount !== null &&
      claim?.claimedAmount !== undefined &&
      Number.isSafeInteger(claim.claimedAmount) &&
      Math.abs(claim.claimedAmount) < 2 ** 31
        ? claim.claimedAmount
        : null,
  };
  const row: DeliveryRow = {
    id: newId(),
    kind: claim?.kindHint ?? "payin",
    contentType: incoming.contentType.slice(0, 200),
    headers: JSON.stringify(incoming.headers),
    body,
    sourceIp: incoming.sourceIp,
    claim: stored,
    flagReason,
  };
  // The only work between LigdiCash's request and our 200: deliveries arriving together share
  // one INSERT (one round trip, one commit); each caller still answers only once its row is stored.
  await batcherFor(
    pool,
    `callback-deliveries:${notify ?? ""}`,
    (rows: DeliveryRow[]) => insertDeliveries(pool, rows, notify),
    { maxBatch: 200, maxInFlight: 4 },
  ).submit(row);
  return { id: row.id, processable: flagReason === null, claim: stored };
}

function escapeNul(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "\\u0000") : text;
}

/** The headers worth keeping as evidence (no cookies or credentials: LigdiCash sends none). */
export function pickHeaders(headers: Headers): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of headers) {
    if (name === "cookie" || name === "authorization") continue;
    kept[name] = value.slice(0, 500);
  }
  return kept;
}
