import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { INVOICE_AWAITING_VERDICT, PAYOUT_AWAITING_VERDICT } from "@/lib/statuses";

export type PendingRow = {
  kind: "invoice" | "payout";
  id: string;
  /** FAC-…/VER-…: what staff quote. */
  number: string;
  description: string;
  amount: number;
  status: string;
  since: string;
  nextCheckAt: string | null;
};
export type PendingSummary = {
  total: number;
  over1h: number;
  over24h: number;
  over7d: number;
  oldest: PendingRow[];
};

/**
 * Money still waiting on LigdiCash (pending, outcome unknown), oldest first, with how many have
 * waited more than 1 h, 24 h and 7 days — what staff must keep an eye on. Reconciliation keeps
 * asking LigdiCash about each of them on its schedule.
 */
export async function summarisePending(
  db: PrismaClient,
  now = new Date(),
  limit: number,
): Promise<PendingSummary> {
  const rows = await db.$queryRaw<
    {
      kind: "invoice" | "payout";
      id: string;
      number: string;
      description: string;
      amount: number;
      status: string;
      since: Date;
      next_check_at: Date | null;
    }[]
  >`
    SELECT * FROM (
      SELECT 'invoice' AS kind, id, number, description, total_amount AS amount, status::text AS status, COALESCE(sent_at, created_at) AS since, next_check_at
      FROM invoices WHERE status IN (${Prisma.join(INVOICE_AWAITING_VERDICT)})
      UNION ALL
      SELECT 'payout', id, number, reason, amount, status::text, COALESCE(sent_at, send_started_at, created_at), next_check_at
      FROM payouts WHERE status IN (${Prisma.join(PAYOUT_AWAITING_VERDICT)})
    ) waiting ORDER BY since ASC LIMIT ${limit}`;
  const [counts] = await db.$queryRaw<[{ total: bigint; h1: bigint; h24: bigint; d7: bigint }]>`
    SELECT COUNT(*) AS total,
      COUNT(*) FILTER (WHERE since <= ${new Date(now.getTime() - 3600_000)}) AS h1,
      COUNT(*) FILTER (WHERE since <= ${new Date(now.getTime() - 24 * 3600_000)}) AS h24,
      COUNT(*) FILTER (WHERE since <= ${new Date(now.getTime() - 7 * 24 * 3600_000)}) AS d7
    FROM (
      SELECT COALESCE(sent_at, created_at) AS since FROM invoices WHERE status IN (${Prisma.join(INVOICE_AWAITING_VERDICT)})
      UNION ALL SELECT COALESCE(sent_at, send_started_at, created_at) FROM payouts WHERE status IN (${Prisma.join(PAYOUT_AWAITING_VERDICT)})
    ) waiting`;
  return {
    total: Number(counts.total),
    over1h: Number(counts.h1),
    over24h: Number(counts.h24),
    over7d: Number(counts.d7),
    oldest: rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      number: r.number,
      description: r.description,
      amount: r.amount,
      status: r.status,
      since: r.since.toISOString(),
      nextCheckAt: r.next_check_at?.toISOString() ?? null,
    })),
  };
}
