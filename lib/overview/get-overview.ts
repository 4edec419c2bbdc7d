import "server-only";
import type { Db } from "@/lib/db";
import type { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";
import type { InvoiceDisplayState } from "@/lib/invoices/display-state";
import { invoiceDisplayStateIn, invoiceDisplayStateSql } from "@/lib/invoices/display-state-sql";
import { OPEN_PAYOUT_STATUSES } from "@/lib/statuses";
import { type ActivityStats, getActivityStats } from "./get-activity-stats";

export type OperatorBalance = { operator: string; balance: bigint };
export type ActivityRow = {
  id: string;
  number: string;
  kind: "payin" | "refund" | "payout";
  description: string;
  operator: string | null;
  amount: number;
  createdAt: Date;
} & (
  | { kind: "payin"; status: InvoiceStatus; state: InvoiceDisplayState }
  | { kind: "refund" | "payout"; status: PayoutStatus }
);

type RecentInvoice = {
  id: string;
  number: string;
  status: InvoiceStatus;
  state: InvoiceDisplayState;
  description: string;
  operator: string | null;
  total_amount: number;
  created_at: Date;
};

export type Overview = {
  balances: OperatorBalance[];
  received30d: { total: bigint; count: number };
  paidOut30d: { total: bigint; count: number };
  pendingCount: number;
  recent: ActivityRow[];
  activity: ActivityStats;
};

/** The home page figures. Balances come from the ledger (verified movements only), never from
 * transaction rows, so the page shows what the books say. */
export async function getOverview(db: Db, now = new Date()): Promise<Overview> {
  const since = new Date(now.getTime() - 30 * 24 * 3600 * 1000);
  const [balances, received, paidOut, pendingInvoices, pendingPayouts, invoices, payouts, activity] =
    await Promise.all([
      db.$queryRaw<OperatorBalance[]>`
      SELECT operator, SUM(amount)::bigint AS balance FROM ledger_entries
      WHERE account LIKE 'operator:%' AND operator IS NOT NULL GROUP BY operator ORDER BY operator`,
      db.$queryRaw<[{ total: bigint; count: bigint }]>`
      SELECT COALESCE(SUM(total_amount), 0)::bigint AS total, COUNT(*) AS count FROM invoices
      WHERE status = 'completed' AND settled_at >= ${since}`,
      db.$queryRaw<[{ total: bigint; count: bigint }]>`
      SELECT COALESCE(SUM(amount), 0)::bigint AS total, COUNT(*) AS count FROM payouts
      WHERE status = 'completed' AND settled_at >= ${since}`,
      // Links a customer can still pay: an expired or revoked one waits for nothing.
      db.$queryRaw<[{ count: bigint }]>`
      SELECT COUNT(*) AS count FROM invoices i WHERE ${invoiceDisplayStateIn(["awaiting_payment"], now)}`,
      db.payout.count({ where: { status: { in: OPEN_PAYOUT_STATUSES } } }),
      db.$queryRaw<RecentInvoice[]>`
      SELECT i.id, i.number, i.status, ${invoiceDisplayStateSql(now)} AS state, i.description, i.operator, i.total_amount, i.created_at
      FROM invoices i ORDER BY i.created_at DESC, i.id DESC LIMIT 8`,
      db.payout.findMany({ orderBy: { createdAt: "desc" }, take: 8 }),
      getActivityStats(db, now),
    ]);
  const recent: ActivityRow[] = [
    ...invoices.map((i) => ({
      id: i.id,
      number: i.number,
      kind: "payin" as const,
      status: i.status,
      state: i.state,
      description: i.description,
      operator: i.operator,
      amount: i.total_amount,
      createdAt: i.created_at,
    })),
    ...payouts.map((p) => ({
      id: p.id,
      number: p.number,
      kind: p.purpose === "refund" ? ("refund" as const) : ("payout" as const),
      status: p.status,
      description: p.reason,
      operator: p.operator,
      amount: p.amount,
      createdAt: p.createdAt,
    })),
  ]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, 8);
  return {
    balances,
    received30d: { total: received[0].total, count: Number(received[0].count) },
    paidOut30d: { total: paidOut[0].total, count: Number(paidOut[0].count) },
    pendingCount: Number(pendingInvoices[0].count) + pendingPayouts,
    recent,
    activity,
  };
}
