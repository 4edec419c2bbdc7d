import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseCallbackBody } from "@/lib/ligdicash/parse-callback";
import { newId } from "@/lib/ledger/new-id";
import type { Claim } from "./decide-verdict";

export type IncomingDelivery = {
  body: string;
  contentType: string;
  headers: Record<string, string>;
  sourceIp: string | null;
};

/** Bodies larger than this are cut before storage: LigdiCash's are ~1 KB; a bigger one is noise. */
export const MAX_STORED_BODY = 64 * 1024;

/**
 * Stores one delivery exactly as it arrived, before anything else is done with it: once this
 * returns, the delivery survives a crash (the sweeper finishes it). The claim columns are only
 * what the body says. A body that cannot be read is stored too, already `flagged`, and answered
 * 200 like any other (LigdiCash has no retry policy, so a 4xx would buy nothing; the evidence is kept).
 * `kind` is the claim's apparent kind; processing looks the id up among invoices AND payouts.
 */
export type StoredDelivery = { id: string; processable: boolean; claim: Claim };

export async function storeDelivery(db: PrismaClient, incoming: IncomingDelivery): Promise<StoredDelivery> {
  // PostgreSQL text cannot hold NUL: written as the visible escape `\u0000` so the insert (and the 200) never fail on it.
  const cut = incoming.body.length > MAX_STORED_BODY ? incoming.body.slice(0, MAX_STORED_BODY) : incoming.body;
  const body = cut.includes("\u0000") ? cut.replaceAll("\u0000", "\\u0000") : cut;
  const parsed = parseCallbackBody(body, incoming.contentType);
  const claim = parsed.ok ? parsed.claim : null;
  const stored: Claim = {
    transactionId: claim?.transactionId?.slice(0, 100) ?? null,
    status: claim?.claimedStatus ?? null,
    amount: claim?.claimedAmount !== null && claim?.claimedAmount !== undefined && Number.isSafeInteger(claim.claimedAmount) && Math.abs(claim.claimedAmount) < 2 ** 31 ? claim.claimedAmount : null,
  };
  // Raw INSERT: this is the only work between LigdiCash's request and our 200, so it skips the
  // ORM's query building (received_at is the database's clock, as the column default).
  const id = newId();
  const malformed = parsed.ok ? null : `malformed:${parsed.reason}`;
  await db.$executeRaw`
    INSERT INTO callback_deliveries (id, kind, content_type, headers, body, source_ip, claimed_transaction_id, claimed_status, claimed_amount, outcome, flag_reason, processed_at)
    VALUES (${id}, ${claim?.kindHint ?? "payin"}::"CallbackKind", ${incoming.contentType.slice(0, 200)}, ${JSON.stringify(incoming.headers)}::jsonb, ${body},
            ${incoming.sourceIp}, ${stored.transactionId}, ${stored.status}, ${stored.amount},
            ${malformed ? "flagged" : "received"}::"CallbackOutcome", ${malformed}, ${malformed ? new Date() : null})`;
  return { id, processable: parsed.ok, claim: stored };
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
