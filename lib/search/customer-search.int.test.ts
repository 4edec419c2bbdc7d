import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { countInvoices, listInvoices } from "@/lib/invoices/list-invoices";
import { listTransactions } from "@/lib/transaction-history/list-transactions";
import { transactionFiltersSchema } from "@/lib/transaction-history/schemas";
import { withTestDb } from "@/test/support/test-db";
import { invoiceSearchSql, payoutSearchSql } from "./search-sql";
import { readSearchTerms } from "./search-terms";

// The search box of the invoice list and of the transaction history, on real PostgreSQL:
// accents and case, phone numbers however typed, FAC-/VER- numbers, wildcards typed as text,
// and every arm served by an index.

const { db } = withTestDb(6);
const uid = (prefix: string) => `${prefix}${randomBytes(6).toString("hex")}`;
const seeded: Record<string, { id: string; number: string }> = {};

type Customer = {
  first: string;
  last: string;
  email: string;
  phone: string | null;
  description?: string;
  at: string;
};

async function seedInvoice(client: PrismaClient, staffId: string, c: Customer) {
  const id = uid("inv");
  const [row] = await client.$queryRaw<
    { number: string }[]
  >`INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount,
      description, customer_firstname, customer_lastname, customer_email, customer_phone, created_by_id, created_at, updated_at)
    VALUES (${id}, ${uid("pub")}, ${uid("idem")}, 'hosted', 'completed', 5000, ${c.description ?? "Commande"}, ${c.first}, ${c.last},
      ${c.email}, ${c.phone}, ${staffId}, ${new Date(c.at)}, now()) RETURNING number`;
  return { id, number: row!.number };
}

async function seedRefund(client: PrismaClient, staffId: string, invoiceId: string) {
  const id = uid("pay");
  const [row] = await client.$queryRaw<
    { number: string }[]
  >`INSERT INTO payouts (id, idempotency_key, purpose, destination, status, amount,
      reason, recipient_phone, recipient_source, operator, invoice_id, requested_by_id, created_at, updated_at)
    VALUES (${id}, ${uid("idem")}, 'refund', 'mobile_money', 'completed', 1000, 'Sac abîmé', '22676000001', 'verified_payer', 'orange_bf',
      ${invoiceId}, ${staffId}, ${new Date("2026-02-03T10:00:00Z")}, now()) RETURNING number`;
  return { id, number: row!.number };
}

beforeAll(async () => {
  const staffId = uid("staff");
  await db().$executeRaw`INSERT INTO users (id, email, name, role, password_hash, updated_at)
    VALUES (${staffId}, ${`${staffId}@test.bf`}, 'Test', 'manager', 'x', now())`;
  seeded.awa = await seedInvoice(db(), staffId, {
    first: "Awa",
    last: "Ouédraogo",
    email: "awa.ouedraogo@example.bf",
    phone: "22676000001",
    at: "2026-02-01T10:00:00Z",
  });
  seeded.eric = await seedInvoice(db(), staffId, {
    first: "Éric",
    last: "ZONGO",
    email: "eric@example.bf",
    phone: "22670111111",
    description: "Savon 100%_pur",
    at: "2026-02-02T10:00:00Z",
  });
  seeded.salif = await seedInvoice(db(), staffId, {
    first: "Salif",
    last: "Kaboré",
    email: "salif@example.bf",
    phone: null,
    description: "Savon 1000 pur",
    at: "2026-03-01T10:00:00Z",
  });
  seeded.refund = await seedRefund(db(), staffId, seeded.awa.id);
});

const invoiceIds = async (q: string, extra: { from?: string; to?: string } = {}) =>
  (await listInvoices(db(), { q, ...extra, limit: 25 })).invoices.map((i) => i.id).sort();
const transactionIds = async (q: string) =>
  (await listTransactions(db(), transactionFiltersSchema.parse({ q }))).rows.map((r) => r.id).sort();

describe("customer search", () => {
  it("finds a name without its accents, in any case, and by e-mail", async () => {
    for (const q of ["ouedraogo", "OUÉDRAOGO", "Ouedraogo", "awa oued", "awa.ouedraogo@"])
      expect(await invoiceIds(q), q).toEqual([seeded.awa!.id]);
    expect(await invoiceIds("eric zongo")).toEqual([seeded.eric!.id]);
    expect(await invoiceIds("kabore")).toEqual([seeded.salif!.id]);
  });

  it("finds a phone number however it is typed", async () => {
    for (const q of [
      "76 00 00 01",
      "+226 76000001",
      "22676000001",
      "76000001",
      "+226 76 00 00 01",
      "0022676000001",
    ])
      expect(await invoiceIds(q), q).toEqual([seeded.awa!.id]);
  });

  it("finds an invoice by its number, whole, in part or spaced differently", async () => {
    const { number, id } = seeded.eric!;
    const running = number.slice(-6);
    for (const q of [number, number.toLowerCase(), `FAC ${number.slice(4, 8)} ${Number(running)}`, running])
      expect(await invoiceIds(q), q).toEqual([id]);
  });

  it("reads LIKE wildcards typed by a person as plain text", async () => {
    expect(await invoiceIds("%")).toEqual([seeded.eric!.id]);
    expect(await invoiceIds("0%_p")).toEqual([seeded.eric!.id]);
    expect(await invoiceIds("_")).toEqual([seeded.eric!.id]);
    expect(await invoiceIds("\\")).toEqual([]);
  });

  it("counts the filtered list, search and days together", async () => {
    expect(await countInvoices(db(), {})).toBe(3);
    expect(await countInvoices(db(), { q: "savon" })).toBe(2);
    expect(await countInvoices(db(), { q: "savon", from: "2026-03-01", to: "2026-03-01" })).toBe(1);
    expect(await countInvoices(db(), { q: "ouedraogo", from: "2026-02-02" })).toBe(0);
    expect(await invoiceIds("savon", { from: "2026-02-02", to: "2026-02-02" })).toEqual([seeded.eric!.id]);
  });

  it("finds in the transaction history the customer's payin and the refund made to her", async () => {
    const both = [seeded.awa!.id, seeded.refund!.id].sort();
    for (const q of ["ouedraogo", "76 00 00 01", "+226 76000001", seeded.awa!.number])
      expect(await transactionIds(q), q).toEqual(both);
    expect(await transactionIds(seeded.refund!.number)).toEqual([seeded.refund!.id]);
    expect(await transactionIds(seeded.refund!.number.replace(/-/g, " "))).toEqual([seeded.refund!.id]);
  });

  it("gives each transaction its number, its invoice's number and customer", async () => {
    const rows = (await listTransactions(db(), transactionFiltersSchema.parse({ q: "ouedraogo" }))).rows;
    const refund = rows.find((r) => r.kind === "refund");
    expect(refund).toMatchObject({
      number: seeded.refund!.number,
      invoiceNumber: seeded.awa!.number,
      customerName: "Awa Ouédraogo",
    });
    expect(rows.find((r) => r.kind === "payin")).toMatchObject({
      number: seeded.awa!.number,
      invoiceNumber: seeded.awa!.number,
    });
  });

  it("can be served by indexes alone, every arm of it", async () => {
    // As in lib/transaction-history/transactions.int.test.ts: with sequential and plain index
    // scans off, an arm no index serves leaves a sequential scan in the plan.
    const plans = await db().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      await tx.$executeRaw`SET LOCAL enable_indexscan = off`;
      const explain = async (sql: Prisma.Sql) =>
        (await tx.$queryRaw<{ "QUERY PLAN": string }[]>(sql)).map((r) => r["QUERY PLAN"]).join("\n");
      const out: Record<string, string> = {};
      for (const q of ["ouedraogo", "76 00 00 01", "FAC-2026-000001"]) {
        const terms = readSearchTerms(q);
        out[`invoices ${q}`] = await explain(
          Prisma.sql`EXPLAIN SELECT 1 FROM invoices i WHERE ${invoiceSearchSql(terms)}`,
        );
        out[`payouts ${q}`] = await explain(
          Prisma.sql`EXPLAIN SELECT 1 FROM payouts p WHERE ${payoutSearchSql(terms)}`,
        );
      }
      return out;
    });
    for (const [name, plan] of Object.entries(plans)) expect(plan, name).not.toContain("Seq Scan");
    expect(plans["invoices ouedraogo"]).toContain("invoices_customer_search_idx");
    expect(plans["invoices ouedraogo"]).toContain("invoices_number_idx");
    expect(plans["invoices 76 00 00 01"]).toContain("invoices_customer_phone_idx");
    expect(plans["invoices 76 00 00 01"]).toContain("invoices_payer_phone_idx");
    expect(plans["invoices FAC-2026-000001"]).toContain("invoices_number_key");
    expect(plans["payouts FAC-2026-000001"]).toContain("payouts_number_key");
    expect(plans["payouts 76 00 00 01"]).toContain("payouts_recipient_phone_idx");
    expect(plans["payouts ouedraogo"]).toContain("payouts_number_idx");
    expect(plans["payouts ouedraogo"]).toContain("payouts_invoice_id_idx");
  });
});
