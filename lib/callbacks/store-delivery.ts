import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { hotQuery } from "@/lib/db/client";
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

/**
 * Many deliveries in one INSERT (received_at is the database's clock, as the column default).
 * With `notify`, the same statement announces each processable row on that channel (at commit).
 */
async function insertDeliveries(db: PrismaClient, rows: DeliveryRow[], notify?: string): Promise<null[]> {
  const insert = Prisma.sql`
    INSERT INTO callback_deliveries (id, kind, content_type, headers, body, source_ip, claimed_transaction_id, claimed_status, claimed_amount, outcome, flag_reason, processed_at)
    SELECT id, kind::"CallbackKind", content_type, headers, body, source_ip, transaction_id, status, amount, outcome::"CallbackOutcome", flag_reason,
           CASE WHEN flag_reason IS NULL THEN NULL ELSE now() END
    FROM unnest(${rows.map((r) => r.id)}::text[], ${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.contentType)}::text[], ${rows.map((r) => r.headers)}::jsonb[],
                ${rows.map((r) => r.body)}::text[], ${rows.map((r) => r.sourceIp)}::text[], ${rows.map((r) => r.claim.transactionId)}::text[],
                ${rows.map((r) => r.claim.status)}::text[], ${rows.map((r) => r.claim.amount)}::int[],
                ${rows.map((r) => (r.flagReason ? "flagged" : "received"))}::text[], ${rows.map((r) => r.flagReason)}::text[])
      AS d(id, kind, content_type, headers, body, source_ip, transaction_id, status, amount, outcome, flag_reason)`;
  await hotQuery(
    db,
    notify
      ? Prisma.sql`WITH stored AS (${insert} RETURNING id, claimed_transaction_id, claimed_status, claimed_amount, flag_reason)
          SELECT pg_notify(${notify}, ${Prisma.raw(NOTICE_SQL)}) FROM stored WHERE flag_reason IS NULL`
      : insert,
  );
  return rows.map(() => null);
}

export type StoreOptions = {
  /** The verifier's channel (verifier-channel.ts): processable rows are announced on it. */
  notify?: string;
};

export async function storeDelivery(
  db: PrismaClient,
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
    db,
    `callback-deliveries:${notify ?? ""}`,
    (rows: DeliveryRow[]) => insertDeliveries(db, rows, notify),
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
