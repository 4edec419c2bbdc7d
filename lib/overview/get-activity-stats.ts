import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { invoiceDisplayStateIn } from "@/lib/invoices/display-state-sql";
import { FINAL_INVOICE_STATUSES, OPEN_PAYOUT_STATUSES } from "@/lib/statuses";

type Db = Pick<PrismaClient, "$queryRaw">;

export type VolumeWindow = { total: bigint; count: number };
export type DailyVolume = { day: string; received: number; paidOut: number };
export type OperatorVolume = {
  operator: string;
  received: bigint;
  receivedCount: number;
  paidOut: bigint;
  paidOutCount: number;
};
export type ActivityStats = {
  received: { today: VolumeWindow; days7: VolumeWindow; days30: VolumeWindow };
  /** Completed share of the payins that reached a final state in 30 days; null when none did. */
  successRate30d: number | null;
  refunds30d: VolumeWindow;
  pendingByAge: { over1h: number; over24h: number; over7d: number };
  daily: DailyVolume[];
  byOperator: OperatorVolume[];
};

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/**
 * The overview's activity figures, from verified states (completed = LigdiCash confirmed it).
 * Days are UTC days, which are Burkina Faso's (UTC+0, no daylight saving).
 */
export async function getActivityStats(db: Db, now = new Date()): Promise<ActivityStats> {
  const today = startOfUtcDay(now);
  const since7 = new Date(today.getTime() - 6 * DAY);
  const since30 = new Date(today.getTime() - 29 * DAY);
  const [windows, finals, refunds, pending, daily, byOperator] = await Promise.all([
    db.$queryRaw<{ w: string; total: bigint; count: bigint }[]>`
      SELECT w, COALESCE(SUM(total_amount), 0)::bigint AS total, COUNT(total_amount) AS count
      FROM (VALUES ('today', ${today}::timestamptz), ('days7', ${since7}::timestamptz), ('days30', ${since30}::timestamptz)) AS windows(w, since)
      LEFT JOIN invoices ON status = 'completed' AND settled_at >= since
      GROUP BY w`,
    db.$queryRaw<[{ completed: bigint; final: bigint }]>`
      SELECT COUNT(*) FILTER (WHERE status = 'completed') AS completed, COUNT(*) AS final FROM invoices
      WHERE status IN (${Prisma.join(FINAL_INVOICE_STATUSES)}) AND created_at >= ${since30}`,
    db.$queryRaw<[{ total: bigint; count: bigint }]>`
      SELECT COALESCE(SUM(amount), 0)::bigint AS total, COUNT(*) AS count FROM payouts
      WHERE purpose = 'refund' AND status = 'completed' AND settled_at >= ${since30}`,
    // What the overview counts as waiting: links a customer can still pay (not expired, not
    // revoked) and payouts not final yet, Caisse's own states included.
    db.$queryRaw<[{ over1h: bigint; over24h: bigint; over7d: bigint }]>`
      SELECT COUNT(*) FILTER (WHERE created_at < ${new Date(now.getTime() - HOUR)}) AS over1h,
             COUNT(*) FILTER (WHERE created_at < ${new Date(now.getTime() - DAY)}) AS over24h,
             COUNT(*) FILTER (WHERE created_at < ${new Date(now.getTime() - 7 * DAY)}) AS over7d
      FROM (SELECT created_at FROM invoices i WHERE ${invoiceDisplayStateIn(["awaiting_payment"], now)}
            UNION ALL SELECT created_at FROM payouts WHERE status IN (${Prisma.join(OPEN_PAYOUT_STATUSES)})) pending`,
    db.$queryRaw<{ day: Date; received: bigint; paid_out: bigint }[]>`
      SELECT d::date AS day,
        (SELECT COALESCE(SUM(total_amount), 0) FROM invoices WHERE status = 'completed' AND settled_at >= d AND settled_at < d + interval '1 day')::bigint AS received,
        (SELECT COALESCE(SUM(amount), 0) FROM payouts WHERE status = 'completed' AND settled_at >= d AND settled_at < d + interval '1 day')::bigint AS paid_out
      FROM generate_series(${since30}::timestamptz, ${today}::timestamptz, interval '1 day') AS d ORDER BY d`,
    db.$queryRaw<
      {
        operator: string;
        received: bigint;
        received_count: bigint;
        paid_out: bigint;
        paid_out_count: bigint;
      }[]
    >`
      SELECT operator, SUM(received)::bigint AS received, SUM(received_count)::bigint AS received_count,
             SUM(paid_out)::bigint AS paid_out, SUM(paid_out_count)::bigint AS paid_out_count
      FROM (SELECT operator, total_amount AS received, 1 AS received_count, 0 AS paid_out, 0 AS paid_out_count FROM invoices
              WHERE status = 'completed' AND settled_at >= ${since30} AND operator IS NOT NULL
            UNION ALL SELECT operator, 0, 0, amount, 1 FROM payouts WHERE status = 'completed' AND settled_at >= ${since30}) moves
      GROUP BY operator ORDER BY operator`,
  ]);
  const window = (w: string): VolumeWindow => {
    const row = windows.find((r) => r.w === w);
    return { total: row?.total ?? 0n, count: Number(row?.count ?? 0) };
  };
  const finalCount = Number(finals[0].final);
  return {
    received: { today: window("today"), days7: window("days7"), days30: window("days30") },
    successRate30d: finalCount ? Number(finals[0].completed) / finalCount : null,
    refunds30d: { total: refunds[0].total, count: Number(refunds[0].count) },
    pendingByAge: {
      over1h: Number(pending[0].over1h),
      over24h: Number(pending[0].over24h),
      over7d: Number(pending[0].over7d),
    },
    daily: daily.map((d) => ({
      day: d.day.toISOString().slice(0, 10),
      received: Number(d.received),
      paidOut: Number(d.paid_out),
    })),
    byOperator: byOperator.map((o) => ({
      operator: o.operator,
      received: o.received,
      receivedCount: Number(o.received_count),
      paidOut: o.paid_out,
      paidOutCount: Number(o.paid_out_count),
    })),
  };
}
