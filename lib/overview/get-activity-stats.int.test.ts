import { beforeAll, describe, expect, it } from "vitest";
import { withTestDb } from "@/test/support/test-db";
import { getActivityStats } from "./get-activity-stats";

const { db } = withTestDb(4);
const NOW = new Date("2026-03-15T12:00:00Z");
const ago = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000);
let n = 0;

async function invoice(
  status: string,
  amount: number,
  createdAt: Date,
  settledAt: Date | null,
  operator = "orange_bf",
) {
  n += 1;
  await db()
    .$executeRaw`INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description, customer_firstname, customer_lastname,
      customer_email, operator, created_by_id, created_at, settled_at, updated_at)
    VALUES (${`i${n}`}, ${`p${n}`}, ${`k${n}`}, 'hosted', ${status}::"InvoiceStatus", ${amount}, 'x', 'A', 'B', 'a@b.bf', ${operator}, 'u', ${createdAt}, ${settledAt}, now())`;
}

async function payout(
  purpose: string,
  status: string,
  amount: number,
  createdAt: Date,
  settledAt: Date | null,
) {
  n += 1;
  await db()
    .$executeRaw`INSERT INTO payouts (id, idempotency_key, purpose, destination, status, amount, reason, recipient_phone, recipient_source, operator,
      requested_by_id, created_at, settled_at, updated_at)
    VALUES (${`o${n}`}, ${`k${n}`}, ${purpose}::"PayoutPurpose", 'mobile_money', ${status}::"PayoutStatus", ${amount}, 'x', '22670000002', 'typed_twice', 'moov_bf',
      'u', ${createdAt}, ${settledAt}, now())`;
}

beforeAll(async () => {
  await db()
    .$executeRaw`INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES ('u', 'u@test.bf', 'U', 'admin', 'x', now())`;
  await invoice("completed", 1000, ago(3), ago(2)); // today
  await invoice("completed", 2000, ago(24 * 3), ago(24 * 3), "moov_bf"); // 7 days
  await invoice("completed", 4000, ago(24 * 20), ago(24 * 20)); // 30 days
  await invoice("completed", 8000, ago(24 * 40), ago(24 * 40)); // older: counted nowhere
  await invoice("notcompleted", 500, ago(5), null);
  await invoice("failed", 500, ago(6), null);
  await invoice("pending", 700, ago(0.5), null); // younger than 1 h
  await invoice("unknown", 700, ago(30), null); // > 24 h
  await payout("supplier", "awaiting_approval", 900, ago(24 * 8), null); // > 7 days
  await payout("refund", "completed", 300, ago(24 * 2), ago(24 * 2));
  await payout("refund", "completed", 100, ago(24 * 50), ago(24 * 50));
});

describe("getActivityStats", () => {
  it("sums verified payins per window, refunds and the success rate", async () => {
    const stats = await getActivityStats(db(), NOW);
    expect(stats.received.today).toEqual({ total: 1000n, count: 1 });
    expect(stats.received.days7).toEqual({ total: 3000n, count: 2 });
    expect(stats.received.days30).toEqual({ total: 7000n, count: 3 });
    expect(stats.refunds30d).toEqual({ total: 300n, count: 1 });
    expect(stats.successRate30d).toBeCloseTo(3 / 5);
  });

  it("counts pending transactions by age, Caisse's own waiting states included", async () => {
    expect((await getActivityStats(db(), NOW)).pendingByAge).toEqual({ over1h: 2, over24h: 2, over7d: 1 });
  });

  it("an expired or revoked link waits for nothing: it is not counted pending", async () => {
    await invoice("pending", 700, ago(48), null);
    await db().$executeRaw`UPDATE invoices SET expires_at = ${ago(24)} WHERE id = ${`i${n}`}`;
    await invoice("unknown", 700, ago(48), null);
    await db().$executeRaw`UPDATE invoices SET revoked_at = ${ago(40)} WHERE id = ${`i${n}`}`;
    expect((await getActivityStats(db(), NOW)).pendingByAge).toEqual({ over1h: 2, over24h: 2, over7d: 1 });
    // Its date still ahead, the same link is pending.
    await db().$executeRaw`UPDATE invoices SET expires_at = ${ago(-1)} WHERE id = ${`i${n - 1}`}`;
    expect((await getActivityStats(db(), NOW)).pendingByAge).toEqual({ over1h: 3, over24h: 3, over7d: 1 });
    await db().$executeRaw`UPDATE invoices SET expires_at = ${ago(24)} WHERE id = ${`i${n - 1}`}`;
  });

  it("gives 30 consecutive days and a per-operator breakdown", async () => {
    const stats = await getActivityStats(db(), NOW);
    expect(stats.daily).toHaveLength(30);
    expect(stats.daily.at(-1)).toEqual({ day: "2026-03-15", received: 1000, paidOut: 0 });
    expect(stats.daily.find((d) => d.day === "2026-03-13")).toEqual({
      day: "2026-03-13",
      received: 0,
      paidOut: 300,
    });
    expect(stats.byOperator).toEqual([
      { operator: "moov_bf", received: 2000n, receivedCount: 1, paidOut: 300n, paidOutCount: 1 },
      { operator: "orange_bf", received: 5000n, receivedCount: 2, paidOut: 0n, paidOutCount: 0 },
    ]);
  });
});
