import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import type { InvoiceSummaryDto, InvoicePageDto } from "./invoice-dto";
import type { ListInvoicesInput } from "./schemas";

export const summarySelect = {
  id: true,
  status: true,
  channel: true,
  totalAmount: true,
  customerFirstname: true,
  customerLastname: true,
  customerEmail: true,
  merchantReference: true,
  operator: true,
  createdAt: true,
  expiresAt: true,
  revokedAt: true,
  createdBy: { select: { name: true } },
} satisfies Prisma.InvoiceSelect;

type SummaryRow = Prisma.InvoiceGetPayload<{ select: typeof summarySelect }>;

export function toSummary(row: SummaryRow): InvoiceSummaryDto {
  return {
    id: row.id,
    status: row.status,
    channel: row.channel,
    totalAmount: row.totalAmount,
    customerName: `${row.customerFirstname} ${row.customerLastname}`,
    customerEmail: row.customerEmail,
    merchantReference: row.merchantReference,
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

/** Newest first, `limit` at a time, optionally one status. */
export async function listInvoices(db: PrismaClient, input: ListInvoicesInput): Promise<InvoicePageDto> {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const rows = await db.invoice.findMany({
    where: {
      ...(input.status ? { status: input.status } : {}),
      ...(after
        ? {
            OR: [
              { createdAt: { lt: after.createdAt } },
              { createdAt: after.createdAt, id: { lt: after.id } },
            ],
          }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: summarySelect,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    invoices: page.map(toSummary),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}
