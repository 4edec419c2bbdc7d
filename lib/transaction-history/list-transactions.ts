import { Prisma } from "@/lib/generated/prisma/client";
import { INVOICE_COLUMNS, PAYOUT_COLUMNS, invoiceWhere, payoutWhere, whereClause } from "./transaction-sql";
import type { SqlClient } from "@/lib/db/sql-client";
import type { TransactionFilters, TransactionSort, TransactionType } from "./schemas";

type Db = SqlClient;

export type TransactionRow = {
  kind: TransactionType;
  id: string;
  /** FAC-2026-000123 for a payin, VER-2026-000045 for a refund or payout. */
  number: string;
  /** A payin: its invoice's display state (lib/invoices/display-state.ts); a refund or payout: its status. */
  status: string;
  amount: number;
  operator: string | null;
  description: string;
  reference: string | null;
  phone: string | null;
  /** The invoice's customer: a payin's own, a refund's invoice's; null for a payout. */
  customerName: string | null;
  requestId: string | null;
  invoiceId: string | null;
  /** A payin's own number; a refund's invoice's. */
  invoiceNumber: string | null;
  settledAt: Date | null;
  createdAt: Date;
};

export type TransactionPage = { rows: TransactionRow[]; nextCursor: string | null };

type RawRow = Omit<
  TransactionRow,
  "customerName" | "requestId" | "invoiceId" | "invoiceNumber" | "settledAt" | "createdAt"
> & {
  customer_name: string | null;
  request_id: string | null;
  invoice_id: string | null;
  invoice_number: string | null;
  settled_at: Date | null;
  created_at: Date;
};

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 5000;

/** Keyset position: the sort key of the last row and its id, opaque to the browser. */
type Cursor = { k: string | number; id: string };

export function encodeCursor(row: TransactionRow, sort: TransactionSort): string {
  const cursor: Cursor = {
    k: sort.startsWith("date") ? row.createdAt.toISOString() : row.amount,
    id: row.id,
  };
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

/** A tampered or stale cursor is ignored (first page) rather than an error: it is only a position. */
export function decodeCursor(
  text: string | undefined | null,
  sort: TransactionSort,
): { key: Date | number; id: string } | null {
  if (!text) return null;
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as Partial<Cursor>;
    if (typeof value.id !== "string" || value.id.length > 64) return null;
    if (sort.startsWith("date")) {
      const date = new Date(String(value.k));
      return Number.isNaN(date.getTime()) ? null : { key: date, id: value.id };
    }
    return Number.isSafeInteger(value.k) ? { key: value.k as number, id: value.id } : null;
  } catch {
    return null;
  }
}

function orderParts(sort: TransactionSort, alias: "i" | "p" | "t") {
  const byDate = sort.startsWith("date");
  const column = byDate ? "created_at" : alias === "i" ? "total_amount" : "amount";
  const key = Prisma.raw(alias === "t" ? (byDate ? "created_at" : "amount") : `${alias}.${column}`);
  const id = Prisma.raw(`${alias}.id`);
  const desc = sort.endsWith("desc");
  return { key, id, dir: Prisma.raw(desc ? "DESC" : "ASC"), cmp: Prisma.raw(desc ? "<" : ">") };
}

function branchSql(
  columns: Prisma.Sql,
  table: "invoices" | "payouts",
  alias: "i" | "p",
  where: Prisma.Sql[],
  sort: TransactionSort,
  cursor: ReturnType<typeof decodeCursor>,
  limit: number,
): Prisma.Sql {
  const { key, id, dir, cmp } = orderParts(sort, alias);
  const keyset = cursor ? [Prisma.sql`(${key}, ${id}) ${cmp} (${cursor.key}, ${cursor.id})`] : [];
  const conditions = whereClause([...where, ...keyset]);
  return Prisma.sql`(SELECT ${columns} FROM ${Prisma.raw(table)} ${Prisma.raw(alias)} ${conditions} ORDER BY ${key} ${dir}, ${id} ${dir} LIMIT ${limit})`;
}

/**
 * One page of the transaction history (invoices, refunds and payouts together), newest first by
 * default. Each table is read through its own index with its own LIMIT, then the two short lists
 * are merged: the cost is two index range scans of `limit` rows, whatever the table sizes.
 * Keyset pagination on (sort key, id): a row arriving between two pages never shifts the next one.
 */
export async function listTransactions(
  db: Db,
  filters: TransactionFilters,
  options: { cursor?: string | null; limit?: number } = {},
): Promise<TransactionPage> {
  const limit = Math.min(Math.max(options.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  const sql = buildListQuery(filters, options.cursor ?? null, limit);
  if (!sql) return { rows: [], nextCursor: null };
  const raw = await db.$queryRaw<RawRow[]>(sql);
  const rows = raw.slice(0, limit).map(toRow);
  const last = rows.at(-1);
  return { rows, nextCursor: raw.length > limit && last ? encodeCursor(last, filters.sort) : null };
}

/** The page's SQL (limit + 1 rows: the extra one tells whether another page exists); null when
 * the filters rule both tables out. Exported for the benchmark, which runs it raw beside the client. */
export function buildListQuery(
  filters: TransactionFilters,
  cursorText: string | null,
  limit: number,
): Prisma.Sql | null {
  const cursor = decodeCursor(cursorText, filters.sort);
  const branches: Prisma.Sql[] = [];
  const iw = invoiceWhere(filters);
  const pw = payoutWhere(filters);
  if (iw) branches.push(branchSql(INVOICE_COLUMNS, "invoices", "i", iw, filters.sort, cursor, limit + 1));
  if (pw) branches.push(branchSql(PAYOUT_COLUMNS, "payouts", "p", pw, filters.sort, cursor, limit + 1));
  if (branches.length === 0) return null;
  const { key, dir } = orderParts(filters.sort, "t");
  return Prisma.sql`SELECT * FROM (${Prisma.join(branches, " UNION ALL ")}) t ORDER BY ${key} ${dir}, t.id ${dir} LIMIT ${limit + 1}`;
}

function toRow(r: RawRow): TransactionRow {
  return {
    kind: r.kind,
    id: r.id,
    number: r.number,
    status: r.status,
    amount: Number(r.amount),
    operator: r.operator,
    description: r.description,
    reference: r.reference,
    phone: r.phone,
    customerName: r.customer_name,
    requestId: r.request_id,
    invoiceId: r.invoice_id,
    invoiceNumber: r.invoice_number,
    settledAt: r.settled_at,
    createdAt: r.created_at,
  };
}

/** How many rows the filtered view holds (the export's progress bar needs the total). */
export async function countTransactions(db: Db, filters: TransactionFilters): Promise<number> {
  const iw = invoiceWhere(filters);
  const pw = payoutWhere(filters);
  const parts: Prisma.Sql[] = [];
  if (iw) parts.push(Prisma.sql`(SELECT COUNT(*) FROM invoices i ${whereClause(iw)})`);
  if (pw) parts.push(Prisma.sql`(SELECT COUNT(*) FROM payouts p ${whereClause(pw)})`);
  if (parts.length === 0) return 0;
  const [row] = await db.$queryRaw<[{ n: bigint | string }]>(
    Prisma.sql`SELECT (${Prisma.join(parts, " + ")})::bigint AS n`,
  );
  return Number(row.n);
}
