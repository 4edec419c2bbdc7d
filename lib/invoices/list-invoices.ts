import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { dayRangeConditions } from "@/lib/search/day-range-sql";
import { invoiceSearchSql } from "@/lib/search/search-sql";
import { readSearchTerms } from "@/lib/search/search-terms";
import type { InvoiceDisplayState } from "./display-state";
import { invoiceDisplayStateIn, invoiceDisplayStateSql } from "./display-state-sql";
import type { InvoiceSummaryDto, InvoicePageDto } from "./invoice-dto";
import { readMetadata } from "./metadata";
import type { ListInvoicesInput } from "./schemas";

export const summarySelect = {
  id: true,
  number: true,
  status: true,
  channel: true,
  totalAmount: true,
  customerFirstname: true,
  customerLastname: true,
  customerEmail: true,
  merchantReference: true,
  metadata: true,
  operator: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.InvoiceSelect;

type SummaryRow = Prisma.InvoiceGetPayload<{ select: typeof summarySelect }>;

export function toSummary(row: SummaryRow, displayState: InvoiceDisplayState): InvoiceSummaryDto {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    displayState,
    channel: row.channel,
    totalAmount: row.totalAmount,
    customerName: `${row.customerFirstname} ${row.customerLastname}`,
    customerEmail: row.customerEmail,
    merchantReference: row.merchantReference,
    metadata: readMetadata(row.metadata),
    operator: row.operator,
    createdByName: row.createdBy.name,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

// The cursor is the last row's (created_at, id): stable under inserts, and each page is one index
// range scan on invoices(created_at, id) however deep the list goes.
function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(iso ?? "");
  if (!id || Number.isNaN(createdAt.getTime())) throw new AppError("bad_request", { field: "cursor" });
  return { createdAt, id };
}

type PageRow = { id: string; created_at: Date; state: InvoiceDisplayState };

export type InvoiceListFilters = Pick<ListInvoicesInput, "status" | "q" | "from" | "to">;

/** The list's filters as SQL conditions: one definition for its pages and its count. */
function filterConditions(filters: InvoiceListFilters, now: Date): Prisma.Sql[] {
  return [
    ...(filters.status ? [invoiceDisplayStateIn([filters.status], now)] : []),
    ...(filters.q ? [invoiceSearchSql(readSearchTerms(filters.q))] : []),
    ...dayRangeConditions("i.created_at", filters.from, filters.to),
  ];
}

const whereSql = (conditions: Prisma.Sql[]) =>
  conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;

/** How many invoices the filtered list holds (the "23 factures" above it). */
export async function countInvoices(db: PrismaClient, filters: InvoiceListFilters): Promise<number> {
  const [row] = await db.$queryRaw<[{ n: bigint }]>`
    SELECT COUNT(*) AS n FROM invoices i ${whereSql(filterConditions(filters, new Date()))}`;
  return Number(row.n);
}

/**
 * Newest first, `limit` at a time, filtered by display state, search text and creation days.
 * The page is chosen in SQL, where the display state is computed (the filter and the badge cannot
 * disagree), then its rows are read with their creator.
 */
export async function listInvoices(db: PrismaClient, input: ListInvoicesInput): Promise<InvoicePageDto> {
  const now = new Date();
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const where = whereSql([
    ...filterConditions(input, now),
    ...(after ? [Prisma.sql`(i.created_at, i.id) < (${after.createdAt}, ${after.id})`] : []),
  ]);
  const found = await db.$queryRaw<PageRow[]>`
    SELECT i.id, i.created_at, ${invoiceDisplayStateSql(now)} AS state FROM invoices i ${where}
    ORDER BY i.created_at DESC, i.id DESC LIMIT ${input.limit + 1}`;
  const page = found.slice(0, input.limit);
  const details = await db.invoice.findMany({
    where: { id: { in: page.map((r) => r.id) } },
    select: summarySelect,
  });
  const byId = new Map(details.map((row) => [row.id, row]));
  const last = page.at(-1);
  return {
    invoices: page.flatMap((r) => {
      const row = byId.get(r.id);
      return row ? [toSummary(row, r.state)] : [];
    }),
    nextCursor:
      found.length > input.limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null,
  };
}
