import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { withTestDb } from "@/test/support/test-db";
import { getLedgerPage } from "./get-ledger-page";
import { PENDING_SHORT_LIST } from "./pending-bounds";

// The ledger lists the oldest operations waiting on LigdiCash; every one of them is one query
// parameter away. Eleven pending invoices and one payout in flight, a day apart, oldest first.

const { db } = withTestDb(4);
const uid = (prefix: string) => `${prefix}${randomBytes(6).toString("hex")}`;
const DAY = 24 * 3_600_000;
const waiting: { id: string; since: Date }[] = [];

beforeAll(async () => {
  const staffId = uid("staff");
  await db()
    .$executeRaw`INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES (${staffId}, ${`${staffId}@test.bf`}, 'Test', 'finance', 'x', now())`;
  const now = Date.now();
  const invoices = Array.from({ length: 11 }, (_, i) => ({
    id: uid("inv"),
    since: new Date(now - (i + 2) * DAY),
  }));
  await db().$executeRaw`INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount,
      description, customer_firstname, customer_lastname, customer_email, created_by_id, sent_at, updated_at)
    VALUES ${Prisma.join(
      invoices.map(
        (r) => Prisma.sql`(${r.id}, ${uid("pub")}, ${uid("idem")}, 'hosted', 'pending'::"InvoiceStatus", 5000,
          'Commande', 'Awa', 'Ouédraogo', 'awa@example.bf', ${staffId}, ${r.since}, now())`,
      ),
    )}`;
  // Settled invoices are not waiting on anyone: they must never appear.
  await db().$executeRaw`INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount,
      description, customer_firstname, customer_lastname, customer_email, created_by_id, sent_at, updated_at)
    VALUES (${uid("inv")}, ${uid("pub")}, ${uid("idem")}, 'hosted', 'completed'::"InvoiceStatus", 5000,
      'Payée', 'Awa', 'Ouédraogo', 'awa@example.bf', ${staffId}, ${new Date(now - 30 * DAY)}, now())`;
  const payout = { id: uid("pay"), since: new Date(now - 1 * DAY) };
  await db()
    .$executeRaw`INSERT INTO payouts (id, idempotency_key, purpose, destination, status, amount, reason,
      recipient_phone, recipient_source, operator, requested_by_id, sent_at, updated_at)
    VALUES (${payout.id}, ${uid("idem")}, 'supplier', 'mobile_money', 'pending'::"PayoutStatus", 7000,
      'Fournisseur', '22676000001', 'typed_twice', 'orange_bf', ${staffId}, ${payout.since}, now())`;
  waiting.push(...invoices, payout);
  waiting.sort((a, b) => a.since.getTime() - b.since.getTime());
});

describe("getLedgerPage's pending list", () => {
  it("lists the oldest few by default and counts them all", async () => {
    const { pending } = await getLedgerPage(db());
    expect(pending.total).toBe(12);
    expect(pending.oldest.map((r) => r.id)).toEqual(waiting.slice(0, PENDING_SHORT_LIST).map((r) => r.id));
  });

  it("lists every operation waiting on LigdiCash, oldest first, when asked", async () => {
    const { pending } = await getLedgerPage(db(), { pending: "all" });
    expect(pending.total).toBe(12);
    expect(pending.oldest.map((r) => r.id)).toEqual(waiting.map((r) => r.id));
    expect(pending.oldest.at(-1)?.kind).toBe("payout");
  });
});
