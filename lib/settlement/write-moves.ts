import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { hotQuery } from "@/lib/db-client";
import { batcherFor } from "@/lib/batching/batcher";
import { assertBalanced, type Posting } from "@/lib/ledger/post-journal";
import { newId } from "@/lib/ledger/new-id";
import { CHANGES_CHANNEL, type Change } from "@/lib/live/notify-change";

/**
 * One verified change to one invoice or payout, with everything that must commit with it: the
 * new state, the ledger posting of a completed movement, the live-update announcements.
 * `from` is the state read before LigdiCash was asked: the move happens only if the row still
 * has it (compare-and-set), so of any number of concurrent moves of one row exactly one wins.
 */
export type Move = {
  kind: "invoice" | "payout";
  id: string;
  from: string;
  /** The final state; equal to `from` for "LigdiCash still says pending" (only the check is recorded). */
  to: string;
  settles: boolean;
  at: Date;
  /** What LigdiCash told us about the payment; null keeps what the row has. Invoices only, except operatorName. */
  details: { operator?: string | null; operatorName?: string | null; payerPhone?: string | null; requestId?: string | null };
  /** LigdiCash's status word when Caisse does not know it: stored on the row for staff; null clears it. */
  unknownStatus: string | null;
  posting: Posting | null;
  changes: Change[];
};

/**
 * Writes many moves in ONE statement (one round trip, one commit for a whole burst of verified
 * callbacks), atomically: data-modifying CTEs update the rows whose state is still `from`, then
 * post journals and entries for exactly the rows that moved, then announce them. Answers, per
 * move, whether it happened. The balanced-journal trigger and the unique posting key guard the
 * books again at commit.
 */
async function writeMoves(db: PrismaClient, moves: Move[]): Promise<boolean[]> {
  moves.forEach((m) => m.posting && assertBalanced(m.posting));
  const journals = moves.flatMap((m, i) => (m.posting ? [{ n: i + 1, id: newId(), posting: m.posting }] : []));
  const lines = journals.flatMap((j) => j.posting.lines.map((line) => ({ journalId: j.id, ...line })));
  const changes = moves.flatMap((m, i) => m.changes.map((change) => ({ n: i + 1, payload: JSON.stringify(change) })));
  const text = (pick: (m: Move) => string | null | undefined) => moves.map((m) => pick(m) ?? null);
  const rows = await hotQuery<{ n: number }>(db, Prisma.sql`
    WITH move AS MATERIALIZED (
      SELECT * FROM unnest(${text((m) => m.kind)}::text[], ${text((m) => m.id)}::text[], ${text((m) => m.from)}::text[], ${text((m) => m.to)}::text[],
                           ${moves.map((m) => m.settles)}::boolean[], ${text((m) => m.at.toISOString())}::timestamptz[],
                           ${text((m) => m.details.operator)}::text[], ${text((m) => m.details.operatorName)}::text[],
                           ${text((m) => m.details.payerPhone)}::text[], ${text((m) => m.details.requestId)}::text[],
                           ${text((m) => m.unknownStatus)}::text[])
        WITH ORDINALITY AS m(kind, id, from_status, to_status, settles, at, operator, operator_name, payer_phone, request_id, unknown_status, n)),
    -- Rows are locked in one global order (invoices then payouts, each by id): two batches from
    -- different app instances never hold each other's rows crosswise (no deadlock).
    locked AS MATERIALIZED (
      SELECT (SELECT count(*) FROM (SELECT 1 FROM invoices WHERE id IN (SELECT id FROM move WHERE kind = 'invoice') ORDER BY id FOR UPDATE) AS i)
           + (SELECT count(*) FROM (SELECT 1 FROM payouts WHERE id IN (SELECT id FROM move WHERE kind = 'payout') ORDER BY id FOR UPDATE) AS p) AS rows),
    moved_invoices AS (
      UPDATE invoices inv SET
        status = m.to_status::"InvoiceStatus", last_checked_at = m.at, updated_at = now(),
        settled_at = CASE WHEN m.settles THEN m.at ELSE inv.settled_at END,
        next_check_at = CASE WHEN m.settles THEN NULL ELSE inv.next_check_at END,
        operator = COALESCE(m.operator, inv.operator), operator_name = COALESCE(m.operator_name, inv.operator_name),
        payer_phone = COALESCE(m.payer_phone, inv.payer_phone), gateway_request_id = COALESCE(m.request_id, inv.gateway_request_id),
        unknown_gateway_status = m.unknown_status
      FROM move m, locked
      WHERE m.kind = 'invoice' AND inv.id = m.id AND inv.status::text = m.from_status
      RETURNING m.n),
    moved_payouts AS (
      UPDATE payouts p SET
        status = m.to_status::"PayoutStatus", last_checked_at = m.at, updated_at = now(),
        settled_at = CASE WHEN m.settles THEN m.at ELSE p.settled_at END,
        next_check_at = CASE WHEN m.settles THEN NULL ELSE p.next_check_at END,
        operator_name = COALESCE(m.operator_name, p.operator_name), unknown_gateway_status = m.unknown_status
      FROM move m, locked
      WHERE m.kind = 'payout' AND p.id = m.id AND p.status::text = m.from_status
      RETURNING m.n),
    moved AS (SELECT n FROM moved_invoices UNION ALL SELECT n FROM moved_payouts),
    journal AS (
      INSERT INTO ledger_journals (id, posting_key, description, posted_at, invoice_id, payout_id)
      SELECT j.id, j.posting_key, j.description, m.at, j.invoice_id, j.payout_id
      FROM unnest(${journals.map((j) => j.n)}::int[], ${journals.map((j) => j.id)}::text[], ${journals.map((j) => j.posting.postingKey)}::text[],
                  ${journals.map((j) => j.posting.description)}::text[], ${journals.map((j) => j.posting.invoiceId ?? null)}::text[],
                  ${journals.map((j) => j.posting.payoutId ?? null)}::text[]) AS j(n, id, posting_key, description, invoice_id, payout_id)
      JOIN move m ON m.n = j.n
      WHERE j.n IN (SELECT n FROM moved)
      RETURNING id, posted_at),
    entry AS (
      INSERT INTO ledger_entries (journal_id, account, operator, amount, posted_at)
      SELECT journal.id, l.account, l.operator, l.amount, journal.posted_at
      FROM unnest(${lines.map((l) => l.journalId)}::text[], ${lines.map((l) => l.account)}::text[], ${lines.map((l) => l.operator ?? null)}::text[],
                  ${lines.map((l) => l.amount)}::int[]) WITH ORDINALITY AS l(journal_id, account, operator, amount, k)
      JOIN journal ON journal.id = l.journal_id
      ORDER BY l.k),
    announced AS (
      SELECT pg_notify(${CHANGES_CHANNEL}, c.payload)
      FROM unnest(${changes.map((c) => c.n)}::int[], ${changes.map((c) => c.payload)}::text[]) AS c(n, payload)
      WHERE c.n IN (SELECT n FROM moved))
    SELECT n::int AS n, (SELECT count(*) FROM announced)::int AS announced FROM moved`);
  const done = new Set(rows.map((r) => Number(r.n)));
  return moves.map((_, i) => done.has(i + 1));
}

/** Submits one move; concurrent moves (a burst of verified callbacks) share one statement. */
export function writeMove(db: PrismaClient, move: Move): Promise<boolean> {
  return batcherFor(db, "settlement-moves", (moves: Move[]) => writeMoves(db, moves), { maxBatch: 200 }).submit(move);
}
