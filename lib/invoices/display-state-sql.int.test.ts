import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";
import { INVOICE_STATUSES } from "@/lib/statuses";
import { withTestDb } from "@/test/support/test-db";
import {
  INVOICE_DISPLAY_STATES,
  invoiceDisplayState,
  sumRefunds,
  type InvoiceDisplayState,
} from "./display-state";
import { invoiceDisplayStateIn, invoiceDisplayStateSql } from "./display-state-sql";

// The SQL twin must say what the TypeScript function says, for every invoice Caisse can hold:
// every gateway status × every kind of expiry (none, past, this very millisecond, future) ×
// revoked or not × refunds confirmed, in flight, dead or over-paid. If one rule changes in one
// place only, some row below disagrees.

const { db } = withTestDb(4);
const NOW = new Date("2026-06-15T10:00:00.000Z");
const TOTAL = 10_000;
const uid = (prefix: string) => `${prefix}${randomBytes(6).toString("hex")}`;

const EXPIRIES = [null, new Date(NOW.getTime() - 3_600_000), NOW, new Date(NOW.getTime() + 1)];
const REVOCATIONS = [null, new Date(NOW.getTime() - 60_000)];
/** Each invoice's refunds (amount, payout status). */
const REFUND_SETS: [number, PayoutStatus][][] = [
  [],
  [[1, "completed"]],
  [[4_000, "completed"]],
  [
    [6_000, "completed"],
    [4_000, "completed"],
  ],
  [
    [4_000, "completed"],
    [6_000, "pending"],
  ],
  [
    [2_000, "awaiting_approval"],
    [3_000, "sending"],
    [5_000, "outcome_unknown"],
  ],
  [
    [TOTAL, "failed"],
    [TOTAL, "notcompleted"],
    [TOTAL, "rejected"],
  ],
  [[TOTAL + 500, "completed"]],
];

type Row = {
  id: string;
  status: InvoiceStatus;
  expiresAt: Date | null;
  revokedAt: Date | null;
  refunds: [number, PayoutStatus][];
};
const rows: Row[] = [];

const expected = (row: Row, now: Date): InvoiceDisplayState =>
  invoiceDisplayState(
    {
      status: row.status,
      expiresAt: row.expiresAt,
      revokedAt: row.revokedAt,
      totalAmount: TOTAL,
      refundedAmount: sumRefunds(row.refunds.map(([amount, status]) => ({ amount, status }))).refunded,
    },
    now,
  );

beforeAll(async () => {
  const staffId = uid("staff");
  await db()
    .$executeRaw`INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES (${staffId}, ${`${staffId}@test.bf`}, 'Test', 'finance', 'x', now())`;
  for (const status of INVOICE_STATUSES)
    for (const expiresAt of EXPIRIES)
      for (const revokedAt of REVOCATIONS)
        for (const refunds of REFUND_SETS)
          rows.push({ id: uid("inv"), status, expiresAt, revokedAt, refunds });

  const invoices = rows.map(
    (
      r,
    ) => Prisma.sql`(${r.id}, ${uid("pub")}, ${uid("idem")}, 'hosted', ${r.status}::"InvoiceStatus", ${TOTAL},
      'Commande', 'Awa', 'Ouédraogo', 'awa@example.bf', ${r.expiresAt}::timestamptz, ${r.revokedAt}::timestamptz, ${staffId}, now())`,
  );
  await db()
    .$executeRaw`INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description,
      customer_firstname, customer_lastname, customer_email, expires_at, revoked_at, created_by_id, updated_at)
    VALUES ${Prisma.join(invoices)}`;
  const payouts = rows.flatMap((r) =>
    r.refunds.map(
      ([
        amount,
        status,
      ]) => Prisma.sql`(${uid("pay")}, ${uid("idem")}, 'refund', 'mobile_money', ${status}::"PayoutStatus",
        ${amount}, 'Remboursement', '22676000001', 'verified_payer', 'orange_bf', ${r.id}, ${staffId}, now())`,
    ),
  );
  await db()
    .$executeRaw`INSERT INTO payouts (id, idempotency_key, purpose, destination, status, amount, reason,
      recipient_phone, recipient_source, operator, invoice_id, requested_by_id, updated_at)
    VALUES ${Prisma.join(payouts)}`;
});

async function sqlStates(now?: Date): Promise<Map<string, string>> {
  const found = await db().$queryRaw<{ id: string; state: string }[]>`
    SELECT i.id, ${invoiceDisplayStateSql(now)} AS state FROM invoices i`;
  return new Map(found.map((r) => [r.id, r.state]));
}

describe("invoiceDisplayStateSql", () => {
  it("gives every invoice the state invoiceDisplayState gives it", async () => {
    expect(rows).toHaveLength(
      INVOICE_STATUSES.length * EXPIRIES.length * REVOCATIONS.length * REFUND_SETS.length,
    );
    const states = await sqlStates(NOW);
    const disagreements = rows
      .filter((row) => states.get(row.id) !== expected(row, NOW))
      .map((row) => ({ ...row, sql: states.get(row.id), ts: expected(row, NOW) }));
    expect(disagreements).toEqual([]);
    // The combinations reach every state: a twin that agreed on a few states only would not pass.
    expect(new Set(states.values())).toEqual(new Set(INVOICE_DISPLAY_STATES));
  });

  it("without a clock of its own, it reads the database's and still agrees", async () => {
    const states = await sqlStates();
    const now = new Date();
    expect(rows.filter((row) => states.get(row.id) !== expected(row, now))).toEqual([]);
  });
});

describe("invoiceDisplayStateIn", () => {
  const idsIn = async (states: InvoiceDisplayState[]) =>
    (
      await db().$queryRaw<
        { id: string }[]
      >`SELECT i.id FROM invoices i WHERE ${invoiceDisplayStateIn(states, NOW)}`
    )
      .map((r) => r.id)
      .sort();
  const expectedIds = (states: InvoiceDisplayState[]) =>
    rows
      .filter((row) => states.includes(expected(row, NOW)))
      .map((row) => row.id)
      .sort();

  it("selects exactly the invoices in the state, one state at a time", async () => {
    for (const state of INVOICE_DISPLAY_STATES) {
      const wanted = expectedIds([state]);
      expect(wanted.length, state).toBeGreaterThan(0);
      expect(await idsIn([state]), state).toEqual(wanted);
    }
  });

  it("and in several states at once; none asked, none found", async () => {
    for (const states of [
      ["awaiting_payment", "expired"],
      ["paid", "partially_refunded", "refunded"],
      ["draft", "revoked", "not_completed"],
      [...INVOICE_DISPLAY_STATES],
    ] as InvoiceDisplayState[][])
      expect(await idsIn(states), states.join()).toEqual(expectedIds(states));
    expect(await idsIn([])).toEqual([]);
  });
});
