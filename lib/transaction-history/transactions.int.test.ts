import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { parse } from "csv-parse/sync";
import { withTestDb } from "@/test/support/test-db";
import {
  EXPORT_COLUMNS,
  exportTransactions,
  type ExportColumn,
  type ExportLabels,
} from "./export-transactions";
import { countTransactions, listTransactions, type TransactionRow } from "./list-transactions";
import { type TransactionFilters, transactionFiltersSchema } from "./schemas";
import { type SqlClient, createSqlClient } from "@/lib/db/sql-client";
import { invoiceWhere, payoutWhere, whereClause } from "./transaction-sql";

const { db, url } = withTestDb(8);
let staffId = "";

const filters = (input: Record<string, string> = {}): TransactionFilters =>
  transactionFiltersSchema.parse(input);
const uid = (prefix: string) => `${prefix}${randomBytes(6).toString("hex")}`;

type InvoiceSeed = {
  id?: string;
  status?: string;
  amount: number;
  at: string;
  operator?: string | null;
  phone?: string | null;
  payer?: string | null;
  description?: string;
  reference?: string | null;
  requestId?: string | null;
};
type PayoutSeed = {
  id?: string;
  purpose?: "refund" | "supplier";
  status?: string;
  amount: number;
  at: string;
  operator?: string;
  phone?: string;
  reason?: string;
  invoiceId?: string | null;
};

async function seedInvoice(client: PrismaClient, s: InvoiceSeed): Promise<string> {
  const id = s.id ?? uid("inv");
  await client.$executeRaw`INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description, merchant_reference,
      customer_firstname, customer_lastname, customer_email, customer_phone, payer_phone, operator, gateway_request_id, created_by_id, created_at, updated_at)
    VALUES (${id}, ${uid("pub")}, ${uid("idem")}, 'hosted', ${s.status ?? "completed"}::"InvoiceStatus", ${s.amount}, ${s.description ?? "Commande"}, ${s.reference ?? null},
      'Awa', 'Ouédraogo', 'awa@example.bf', ${s.phone ?? null}, ${s.payer ?? null}, ${s.operator === undefined ? "orange_bf" : s.operator}, ${s.requestId ?? null}, ${staffId}, ${new Date(s.at)}, now())`;
  return id;
}

async function seedPayout(client: PrismaClient, s: PayoutSeed): Promise<string> {
  const id = s.id ?? uid("pay");
  await client.$executeRaw`INSERT INTO payouts (id, idempotency_key, purpose, destination, status, amount, reason, recipient_phone, recipient_source, operator, invoice_id, requested_by_id, created_at, updated_at)
    VALUES (${id}, ${uid("idem")}, ${s.purpose ?? "supplier"}::"PayoutPurpose", 'mobile_money', ${s.status ?? "completed"}::"PayoutStatus", ${s.amount}, ${s.reason ?? "Fournisseur"},
      ${s.phone ?? "22670000002"}, 'typed_twice', ${s.operator ?? "moov_bf"}, ${s.invoiceId ?? null}, ${staffId}, ${new Date(s.at)}, now())`;
  return id;
}

async function listAll(f: TransactionFilters, pageSize = 3): Promise<TransactionRow[]> {
  const rows: TransactionRow[] = [];
  let cursor: string | null = null;
  do {
    const page = await listTransactions(db(), f, { cursor, limit: pageSize });
    rows.push(...page.rows);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

const ids = async (input: Record<string, string>) => (await listAll(filters(input))).map((r) => r.id).sort();

async function readStream(stream: ReadableStream<Uint8Array>): Promise<string> {
  const chunks: Buffer[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read())
    chunks.push(Buffer.from(next.value));
  return Buffer.concat(chunks).toString("utf8");
}

const seeded: Record<string, string> = {};

beforeAll(async () => {
  staffId = uid("staff");
  await db()
    .$executeRaw`INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES (${staffId}, ${`${staffId}@test.bf`}, 'Test', 'manager', 'x', now())`;
  seeded.orangePaid = await seedInvoice(db(), {
    amount: 5000,
    at: "2026-01-05T10:00:00Z",
    phone: "22676000001",
    reference: "CMD-1001",
    description: "Sac de riz",
    requestId: "REQ-AAA-1",
  });
  seeded.moovPending = await seedInvoice(db(), {
    amount: 12000,
    status: "pending",
    at: "2026-01-06T10:00:00Z",
    operator: "moov_bf",
    payer: "22670000002",
    description: "Huile 5 L",
  });
  seeded.unknown = await seedInvoice(db(), {
    amount: 800,
    status: "unknown",
    at: "2026-01-07T23:59:59.999Z",
    operator: null,
    description: "Savon 100%_pur",
  });
  seeded.refund = await seedPayout(db(), {
    purpose: "refund",
    amount: 2000,
    at: "2026-01-08T00:00:00Z",
    operator: "orange_bf",
    phone: "22676000001",
    reason: "Remboursement sac abîmé",
    invoiceId: seeded.orangePaid,
  });
  seeded.awaiting = await seedPayout(db(), {
    status: "awaiting_approval",
    amount: 150000,
    at: "2026-01-09T08:00:00Z",
    reason: "Grossiste Koudougou",
  });
  seeded.outcomeUnknown = await seedPayout(db(), {
    status: "outcome_unknown",
    amount: 3000,
    at: "2026-01-10T08:00:00Z",
    operator: "orange_bf",
    phone: "22676000003",
    reason: "Prime livreur",
  });
});

describe("listTransactions filters", () => {
  it("returns payins, refunds and payouts together, newest first", async () => {
    const rows = await listAll(filters());
    expect(rows.map((r) => r.id)).toEqual([
      seeded.outcomeUnknown,
      seeded.awaiting,
      seeded.refund,
      seeded.unknown,
      seeded.moovPending,
      seeded.orangePaid,
    ]);
    expect(rows.map((r) => r.kind)).toEqual(["payout", "payout", "refund", "payin", "payin", "payin"]);
  });

  it("filters by type", async () => {
    expect(await ids({ type: "payin" })).toEqual(
      [seeded.orangePaid, seeded.moovPending, seeded.unknown].sort(),
    );
    expect(await ids({ type: "refund" })).toEqual([seeded.refund]);
    expect(await ids({ type: "payout" })).toEqual([seeded.awaiting, seeded.outcomeUnknown].sort());
  });

  it("filters payins by display state and payouts by status, Caisse's own states included", async () => {
    // A lost creation answer awaits LigdiCash's verdict, like a pending link.
    expect(await ids({ status: "awaiting_payment" })).toEqual([seeded.moovPending, seeded.unknown].sort());
    expect(await ids({ status: "awaiting_approval" })).toEqual([seeded.awaiting]);
    expect(await ids({ status: "outcome_unknown" })).toEqual([seeded.outcomeUnknown]);
    // 2 000 of its 5 000 FCFA went back to the customer: partially refunded, not "paid".
    expect(await ids({ status: "partially_refunded" })).toEqual([seeded.orangePaid]);
    expect(await ids({ status: "paid" })).toEqual([]);
    expect(await ids({ status: "completed" })).toEqual([seeded.refund]);
    expect(await ids({ status: "pending", type: "payout" })).toEqual([]);
    expect((await listAll(filters({ type: "payin" }))).map((r) => [r.id, r.status])).toEqual([
      [seeded.unknown, "awaiting_payment"],
      [seeded.moovPending, "awaiting_payment"],
      [seeded.orangePaid, "partially_refunded"],
    ]);
  });

  it("filters by operator", async () => {
    expect(await ids({ operator: "moov_bf" })).toEqual([seeded.moovPending, seeded.awaiting].sort());
    expect(await ids({ operator: "orange_bf", type: "payin" })).toEqual([seeded.orangePaid]);
  });

  it("filters by date range, `to` being a whole day", async () => {
    expect(await ids({ from: "2026-01-07", to: "2026-01-08" })).toEqual(
      [seeded.unknown, seeded.refund].sort(),
    );
    expect(await ids({ to: "2026-01-05" })).toEqual([seeded.orangePaid]);
    expect(await ids({ from: "2026-01-10" })).toEqual([seeded.outcomeUnknown]);
  });

  it("filters by amount range, bounds included", async () => {
    expect(await ids({ minAmount: "3000", maxAmount: "12000" })).toEqual(
      [seeded.orangePaid, seeded.moovPending, seeded.outcomeUnknown].sort(),
    );
    expect(await ids({ minAmount: "100000" })).toEqual([seeded.awaiting]);
  });

  it("filters by customer phone however it is typed", async () => {
    expect(await ids({ phone: "76 00 00 01" })).toEqual([seeded.orangePaid, seeded.refund].sort());
    expect(await ids({ phone: "+226 70 00 00 02" })).toEqual([seeded.moovPending, seeded.awaiting].sort());
    expect(await ids({ phone: "0003" })).toEqual([seeded.outcomeUnknown]);
  });

  it("searches merchant reference, description, LigdiCash request id and ids", async () => {
    // A refund is found through what its invoice is found by (lib/search/search-sql.ts).
    expect(await ids({ q: "cmd-1001" })).toEqual([seeded.orangePaid, seeded.refund].sort());
    expect(await ids({ q: "sac" })).toEqual([seeded.orangePaid, seeded.refund].sort());
    expect(await ids({ q: "REQ-AAA-1" })).toEqual([seeded.orangePaid, seeded.refund].sort());
    expect(await ids({ q: seeded.awaiting! })).toEqual([seeded.awaiting]);
    // A refund is found from its invoice's id too.
    expect(await ids({ q: seeded.orangePaid! })).toEqual([seeded.orangePaid, seeded.refund].sort());
  });

  it("treats LIKE wildcards and SQL in the search box as plain text", async () => {
    expect(await ids({ q: "100%_pur" })).toEqual([seeded.unknown]);
    expect(await ids({ q: "%" })).toEqual([seeded.unknown]);
    expect(await ids({ q: "_" })).toEqual([seeded.unknown]);
    for (const attack of [
      "'; DROP TABLE invoices; --",
      "' OR '1'='1",
      "x') UNION SELECT * FROM users --",
      "\\'; DELETE FROM payouts; --",
    ]) {
      expect(await ids({ q: attack })).toEqual([]);
      expect(await ids({ phone: attack.slice(0, 32) })).toEqual([]);
    }
    expect(await db().invoice.count()).toBeGreaterThanOrEqual(3);
    expect(await db().payout.count()).toBeGreaterThanOrEqual(3);
  });

  it("free-text search can be served by indexes alone: trigram indexes for the substring matches", async () => {
    // With sequential and plain index scans switched off, the planner can only answer through a
    // bitmap of index conditions, one per OR arm; an arm no index can serve (say, lower(x) LIKE)
    // leaves it a sequential scan. At 1M rows this is 12 ms against 470 ms (bench/README.md).
    const plans = await db().$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      await tx.$executeRaw`SET LOCAL enable_indexscan = off`;
      const plan = async (table: "invoices" | "payouts") => {
        const where = (table === "invoices" ? invoiceWhere : payoutWhere)(filters({ q: "cadeau" }))!;
        const alias = table === "invoices" ? Prisma.sql`invoices i` : Prisma.sql`payouts p`;
        const rows = await tx.$queryRaw<
          { "QUERY PLAN": string }[]
        >`EXPLAIN SELECT 1 FROM ${alias} ${whereClause(where)}`;
        return rows.map((r) => r["QUERY PLAN"]).join("\n");
      };
      return { invoices: await plan("invoices"), payouts: await plan("payouts") };
    });
    expect(plans.invoices).not.toContain("Seq Scan");
    expect(plans.invoices).toContain("invoices_description_idx");
    expect(plans.invoices).toContain("invoices_merchant_reference_idx");
    expect(plans.payouts).not.toContain("Seq Scan");
    expect(plans.payouts).toContain("payouts_reason_idx");
  });

  it("sorts by amount across both tables, page after page", async () => {
    const desc = (await listAll(filters({ sort: "amount_desc" }), 2)).map((r) => r.amount);
    expect(desc).toEqual([150000, 12000, 5000, 3000, 2000, 800]);
    const asc = (await listAll(filters({ sort: "amount_asc" }), 4)).map((r) => r.amount);
    expect(asc).toEqual([800, 2000, 3000, 5000, 12000, 150000]);
  });

  it("counts exactly the filtered rows", async () => {
    expect(await countTransactions(db(), filters())).toBe(6);
    expect(await countTransactions(db(), filters({ type: "payin", status: "awaiting_payment" }))).toBe(2);
    expect(await countTransactions(db(), filters({ type: "payin", status: "pending" }))).toBe(0);
    expect(await countTransactions(db(), filters({ type: "refund", status: "awaiting_payment" }))).toBe(0);
  });

  it("ignores a tampered cursor (first page) instead of failing", async () => {
    const page = await listTransactions(db(), filters(), { cursor: "not-a-cursor", limit: 2 });
    expect(page.rows.map((r) => r.id)).toEqual([seeded.outcomeUnknown, seeded.awaiting]);
    const injected = Buffer.from(
      JSON.stringify({ k: "2026-01-09T08:00:00Z'; DROP TABLE invoices; --", id: "x" }),
    ).toString("base64url");
    expect((await listTransactions(db(), filters(), { cursor: injected, limit: 2 })).rows).toHaveLength(2);
  });
});

describe("filter schema", () => {
  it("rejects malformed values with the field's path", () => {
    for (const [key, value] of [
      ["type", "gift"],
      // A gateway word that is neither a display state nor a payout status.
      ["status", "unknown"],
      ["operator", "wave"],
      ["from", "05/01/2026"],
      ["minAmount", "abc"],
      ["minAmount", "-5"],
      ["sort", "random"],
    ] as const) {
      const result = transactionFiltersSchema.safeParse({ [key]: value });
      expect(result.success, `${key}=${value}`).toBe(false);
      expect(result.error?.issues[0]?.path[0]).toBe(key);
    }
    expect(transactionFiltersSchema.safeParse({ from: "2026-02-01", to: "2026-01-01" }).success).toBe(false);
    expect(transactionFiltersSchema.parse({ type: "", q: "  " })).toEqual({ sort: "date_desc" });
  });
});

describe("keyset pagination", () => {
  it("stays stable when new transactions arrive between two pages", async () => {
    const f = filters({ q: "lot-keyset" });
    const base = Date.parse("2026-02-01T00:00:00Z");
    const before: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      // Two rows share each timestamp: the id breaks the tie, so no row is skipped or repeated.
      const at = new Date(base + Math.floor(i / 2) * 60_000).toISOString();
      before.push(
        i % 2
          ? await seedPayout(db(), { amount: 100 + i, at, reason: `lot-keyset ${i}` })
          : await seedInvoice(db(), { amount: 100 + i, at, description: `lot-keyset ${i}` }),
      );
    }
    const expected = (await listAll(f, 100)).map((r) => r.id);
    const first = await listTransactions(db(), f, { limit: 3 });
    // Newer rows arrive (and one with the same timestamp as the first page's last row).
    await seedInvoice(db(), { amount: 999, at: "2026-03-01T00:00:00Z", description: "lot-keyset new" });
    await seedPayout(db(), { amount: 998, at: "2026-03-02T00:00:00Z", reason: "lot-keyset new" });
    const rest: string[] = [];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await listTransactions(db(), f, { cursor, limit: 3 });
      rest.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor;
    }
    expect([...first.rows.map((r) => r.id), ...rest]).toEqual(expected);
    expect(new Set(expected)).toEqual(new Set(before));
  });
});

describe("exportTransactions", () => {
  // The export route reads through a plain pg pool: test that path, and the Prisma one once.
  let sql: SqlClient & { end(): Promise<void> };
  beforeAll(() => {
    sql = createSqlClient(url());
  });
  afterAll(() => sql.end());
  // A real CSV reader, as a spreadsheet would read the file (quotes, embedded line breaks, BOM).
  const parseCsv = (text: string, delimiter: string): string[][] => parse(text, { delimiter, bom: true });
  const at = (column: ExportColumn) => EXPORT_COLUMNS.indexOf(column);

  it("writes exactly the filtered rows as CSV, across several pages", async () => {
    const f = filters({ operator: "orange_bf", to: "2026-01-31" });
    const text = await readStream(exportTransactions(sql, f, "csv", undefined, 1));
    expect(await readStream(exportTransactions(db(), f, "csv", undefined, 2))).toBe(text);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const [header, ...rows] = parseCsv(text, ",");
    expect(header).toEqual([...EXPORT_COLUMNS]);
    expect(rows.map((r) => r[at("id")])).toEqual((await listAll(f)).map((r) => r.id));
    expect(rows).toHaveLength(await countTransactions(db(), f));
    const [invoiceNumber, refundNumber] = await Promise.all([
      db().invoice.findUniqueOrThrow({ where: { id: seeded.orangePaid! }, select: { number: true } }),
      db().payout.findUniqueOrThrow({ where: { id: seeded.refund! }, select: { number: true } }),
    ]);
    // A refund: its own number, a negative amount, its invoice's customer and number.
    expect(rows.find((r) => r[at("id")] === seeded.refund)).toEqual([
      "2026-01-08T00:00:00.000Z",
      refundNumber.number,
      "refund",
      "completed",
      "-2000",
      "orange_bf",
      "Awa Ouédraogo",
      "22676000001",
      "Remboursement sac abîmé",
      "",
      invoiceNumber.number,
      "",
      "",
      seeded.refund,
      seeded.orangePaid,
    ]);
  });

  it("writes the file in the person's words: column names, types, statuses, operators", async () => {
    await db()
      .$executeRaw`UPDATE invoices SET settled_at = ${new Date("2026-01-05T10:05:00Z")} WHERE id = ${seeded.orangePaid}`;
    const labels: ExportLabels = {
      header: EXPORT_COLUMNS.map((column) => `«${column}»`),
      type: (kind) => ({ payin: "Encaissement", refund: "Remboursement", payout: "Versement" })[kind],
      status: (row) => `statut ${row.status}`,
      operator: (code) => (code === "orange_bf" ? "Orange Money" : code),
    };
    const text = await readStream(
      exportTransactions(sql, filters({ operator: "orange_bf" }), "excel", labels),
    );
    const [header, ...rows] = parseCsv(text.slice(1), ";");
    expect(header?.[at("settledAt")]).toBe("«settledAt»");
    const payin = rows.find((r) => r[at("id")] === seeded.orangePaid);
    expect(payin?.[at("type")]).toBe("Encaissement");
    expect(payin?.[at("status")]).toBe("statut partially_refunded");
    expect(payin?.[at("operator")]).toBe("Orange Money");
    expect(payin?.[at("amount")]).toBe("5000");
    expect(payin?.[at("customer")]).toBe("Awa Ouédraogo");
    expect(payin?.[at("settledAt")]).toBe("2026-01-05 10:05:00");
    expect(rows.find((r) => r[at("id")] === seeded.refund)?.[at("amount")]).toBe("-2000");
  });

  it("writes the spreadsheet variant with a BOM and semicolons", async () => {
    const f = filters({ type: "payin" });
    const text = await readStream(exportTransactions(sql, f, "excel", undefined, 2));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text.slice(1), ";");
    expect(header?.[at("status")]).toBe("status");
    expect(rows.map((r) => r[at("id")]).sort()).toEqual(await ids({ type: "payin" }));
    const payin = rows.find((r) => r[at("id")] === seeded.orangePaid);
    expect([payin?.[at("date")], payin?.[at("type")], payin?.[at("status")], payin?.[at("amount")]]).toEqual([
      "2026-01-05 10:00:00",
      "payin",
      "partially_refunded",
      "5000",
    ]);
  });

  it("defuses spreadsheet formulas in free text", async () => {
    const id = await seedInvoice(db(), {
      amount: 10,
      at: "2025-06-01T00:00:00Z",
      description: '=HYPERLINK("http://evil")',
      reference: "+33",
    });
    const text = await readStream(exportTransactions(sql, filters({ q: id }), "excel"));
    expect(text).toContain(`'=HYPERLINK(""http://evil"")`);
    expect(text).toContain(";'+33;");
  });

  it.each(["csv", "excel"] as const)(
    "keeps a line break inside its cell and defuses a formula on every line (%s)",
    async (format) => {
      const description = "sec-dde\n=cmd|' /C calc'!A0";
      const id = await seedInvoice(db(), {
        amount: 10,
        at: "2025-06-02T00:00:00Z",
        description,
        reference: "a\r@SUM(1)",
      });
      const text = await readStream(exportTransactions(sql, filters({ q: id }), format));
      const [header, ...rows] = parseCsv(text, format === "excel" ? ";" : ",");
      expect(rows).toHaveLength(1);
      expect(rows[0]).toHaveLength(header?.length ?? 0);
      expect(rows[0]?.[at("description")]).toBe("sec-dde\n'=cmd|' /C calc'!A0");
      expect(rows[0]?.[at("reference")]).toBe("a\r'@SUM(1)");
      expect(rows[0]?.[at("id")]).toBe(id);
    },
  );

  it("writes only the header when nothing matches", async () => {
    const text = await readStream(exportTransactions(sql, filters({ q: "nothing-matches-this" }), "csv"));
    expect(text.trimEnd().split("\r\n")).toHaveLength(1);
  });
});
