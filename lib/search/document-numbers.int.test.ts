import { randomBytes } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listAudit } from "@/lib/audit/list-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { createDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/scripts/prisma-bridge";
import { parseDatabaseUrl } from "@/scripts/prisma-bridge/connection-config";
import { createDatabase, dropDatabase } from "@/scripts/prisma-bridge/databases";
import { TEST_SERVER_URL } from "@/test/support/database";
import { withTestDb } from "@/test/support/test-db";

// FAC-/VER- numbers come from sequences taken in the INSERT (prisma/migrations/
// 20261206010000_document_numbers_and_customer_search): proved here on real PostgreSQL.

const { db, url } = withTestDb(10);
const uid = (prefix: string) => `${prefix}${randomBytes(6).toString("hex")}`;

async function newStaff(client: PrismaClient): Promise<string> {
  const id = uid("staff");
  await client.$executeRaw`INSERT INTO users (id, email, name, role, password_hash, updated_at)
    VALUES (${id}, ${`${id}@test.bf`}, 'Test', 'manager', 'x', now())`;
  return id;
}

/** An invoice as the app creates it: through Prisma, no number given. */
function createInvoice(client: PrismaClient, staffId: string) {
  return client.invoice.create({
    data: {
      idempotencyKey: uid("idem"),
      channel: "hosted",
      totalAmount: 1000,
      description: "Commande",
      customerFirstname: "Awa",
      customerLastname: "Ouédraogo",
      customerEmail: "awa@example.bf",
      createdById: staffId,
    },
    select: { number: true, createdAt: true },
  });
}

function createPayout(client: PrismaClient, staffId: string) {
  return client.payout.create({
    data: {
      idempotencyKey: uid("idem"),
      purpose: "supplier",
      destination: "mobile_money",
      status: "approved",
      amount: 1000,
      reason: "Fournisseur",
      recipientPhone: "22670000002",
      recipientSource: "typed_twice",
      operator: "moov_bf",
      requestedById: staffId,
    },
    select: { number: true, createdAt: true },
  });
}

describe("invoice and payout numbers", () => {
  const second: { client?: PrismaClient } = {};
  afterAll(() => second.client?.$disconnect());

  it("never gives two concurrent creations, from two app instances, the same number", async () => {
    // Two clients with pools of their own: two app instances on one database.
    second.client = createDb(url(), 10);
    const staffId = await newStaff(db());
    const clients = [db(), second.client];
    const invoices = await Promise.all(
      Array.from({ length: 40 }, (_, n) => createInvoice(clients[n % 2]!, staffId)),
    );
    const payouts = await Promise.all(
      Array.from({ length: 40 }, (_, n) => createPayout(clients[n % 2]!, staffId)),
    );
    for (const [rows, prefix] of [
      [invoices, "FAC"],
      [payouts, "VER"],
    ] as const) {
      expect(new Set(rows.map((r) => r.number)).size).toBe(rows.length);
      for (const row of rows)
        expect(row.number).toMatch(new RegExp(`^${prefix}-${row.createdAt.getUTCFullYear()}-\\d{6}$`));
    }
  });

  it("refuses a duplicate number even when one is written by hand", async () => {
    const staffId = await newStaff(db());
    const { number } = await createInvoice(db(), staffId);
    await expect(
      db().$executeRaw`UPDATE invoices SET number = ${number} WHERE number <> ${number}`,
    ).rejects.toThrow(/invoices_number_key|unique/i);
  });
});

describe("the audit trail", () => {
  it("names the invoice and payout a record is about by number, and is filtered by one", async () => {
    const staffId = await newStaff(db());
    const invoice = await db().invoice.findFirstOrThrow({ select: { id: true, number: true } });
    const payout = await db().payout.findFirstOrThrow({ select: { id: true, number: true } });
    const actor = { id: staffId, email: null };
    await db().$transaction(async (tx) => {
      await recordAudit(tx, {
        actor,
        action: "invoice.revoked",
        target: { type: "invoice", id: invoice.id },
      });
      await recordAudit(tx, { actor, action: "payout.cancelled", target: { type: "payout", id: payout.id } });
    });
    const all = await listAudit(db(), auditFiltersSchema.parse({}));
    expect(all.rows.find((r) => r.targetId === invoice.id)?.targetNumber).toBe(invoice.number);
    expect(all.rows.find((r) => r.targetId === payout.id)?.targetNumber).toBe(payout.number);
    // Typed as read on the phone: lower case, spaces, no leading zeros.
    const [prefix, year, running] = payout.number.split("-");
    const spoken = `${prefix!.toLowerCase()} ${year} ${Number(running)}`;
    const found = await listAudit(db(), auditFiltersSchema.parse({ target: spoken }));
    expect(found.rows.map((r) => r.targetId)).toEqual([payout.id]);
  });
});

describe("the migration's back-fill", () => {
  it("numbers existing rows in creation order, each with its own year, and new rows after them", async () => {
    // The migrations before this one, in a folder of their own; this one is added back later.
    const dir = await mkdtemp(path.join(tmpdir(), "caisse-backfill-"));
    const migrationsDir = path.join(dir, "migrations");
    const repository = path.join(process.cwd(), "prisma", "migrations");
    const server = parseDatabaseUrl(TEST_SERVER_URL);
    const name = `caisse_test_backfill_${randomBytes(4).toString("hex")}`;
    const target = new URL(TEST_SERVER_URL);
    target.pathname = `/${name}`;
    const migration = "20261206010000_document_numbers_and_customer_search";
    let client: PrismaClient | undefined;
    try {
      await cp(repository, migrationsDir, { recursive: true });
      await rm(path.join(migrationsDir, migration), { recursive: true });
      await createDatabase(server, name);
      const options = { migrationsDir };
      await applyMigrations(target.toString(), options);
      client = createDb(target.toString(), 2);
      const staffId = await newStaff(client);
      // Inserted out of creation order: the back-fill must follow created_at, not insertion.
      for (const [id, at] of [
        ["inv_c", "2026-03-01T00:00:00Z"],
        ["inv_a", "2025-12-31T23:59:59Z"],
        ["inv_b", "2026-01-01T00:00:00Z"],
      ] as const) {
        await client.$executeRaw`INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description,
            customer_firstname, customer_lastname, customer_email, created_by_id, created_at, updated_at)
          VALUES (${id}, ${uid("pub")}, ${uid("idem")}, 'hosted', 'pending', 1000, 'x', 'A', 'B', 'a@b.bf', ${staffId}, ${new Date(at)}, now())`;
      }
      await client.$executeRaw`INSERT INTO payouts (id, idempotency_key, purpose, destination, status, amount, reason, recipient_phone,
          recipient_source, operator, requested_by_id, created_at, updated_at)
        VALUES ('pay_a', ${uid("idem")}, 'supplier', 'mobile_money', 'completed', 500, 'x', '22670000002', 'typed_twice', 'moov_bf', ${staffId}, ${new Date("2025-06-01T00:00:00Z")}, now())`;

      await cp(path.join(repository, migration), path.join(migrationsDir, migration), { recursive: true });
      await applyMigrations(target.toString(), options);

      const invoices = await client.$queryRaw<
        { id: string; number: string }[]
      >`SELECT id, number FROM invoices ORDER BY id`;
      expect(invoices).toEqual([
        { id: "inv_a", number: "FAC-2025-000001" },
        { id: "inv_b", number: "FAC-2026-000002" },
        { id: "inv_c", number: "FAC-2026-000003" },
      ]);
      const [payout] = await client.$queryRaw<{ number: string }[]>`SELECT number FROM payouts`;
      expect(payout?.number).toBe("VER-2025-000001");
      // The sequence continues after the back-filled rows.
      const next = await createInvoice(client, staffId);
      expect(next.number).toBe(`FAC-${next.createdAt.getUTCFullYear()}-000004`);
      expect((await createPayout(client, staffId)).number).toMatch(/^VER-\d{4}-000002$/);
    } finally {
      await client?.$disconnect();
      await dropDatabase(server, name);
      await rm(dir, { recursive: true, force: true });
    }
  });
});
