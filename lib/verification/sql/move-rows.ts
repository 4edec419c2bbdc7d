import { Prisma } from "@/lib/generated/prisma/client";
import { journalCtes, type PreparedJournal } from "@/lib/ledger/journal-sql";
import { CHANGES_CHANNEL } from "@/lib/live/notify-change";
import type { Move } from "../types";

/**
 * ONE statement for many moves (one round trip, one commit for a whole burst of verified
 * callbacks), atomic: data-modifying CTEs update the rows whose state is still `from`, then post
 * the journals (tagged with their move's 1-based position) for exactly the rows that moved, then
 * announce them. Returns the positions `n` of the moves that happened.
 */
export function moveRowsSql(moves: Move[], journals: PreparedJournal[]): Prisma.Sql {
  const changes = moves.flatMap((m, i) =>
    m.changes.map((change) => ({ n: i + 1, payload: JSON.stringify(change) })),
  );
  const text = (pick: (m: Move) => string | null | undefined) => moves.map((m) => pick(m) ?? null);
  return Prisma.sql`
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
    ${journalCtes(journals, Prisma.sql`j.tag IN (SELECT n FROM moved)`)},
    announced AS (
      SELECT pg_notify(${CHANGES_CHANNEL}, c.payload)
      FROM unnest(${changes.map((c) => c.n)}::int[], ${changes.map((c) => c.payload)}::text[]) AS c(n, payload)
      WHERE c.n IN (SELECT n FROM moved))
    SELECT n::int AS n, (SELECT count(*) FROM announced)::int AS announced FROM moved`;
}
