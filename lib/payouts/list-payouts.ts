import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { toPayoutDto, withPeople, type PayoutDto } from "./payout-dto";
import type { PayoutFilters } from "./schemas";

export const PAYOUTS_PAGE_SIZE = 25;

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const at = cursor.lastIndexOf("_");
  return { createdAt: new Date(cursor.slice(0, at)), id: cursor.slice(at + 1) };
}

/** Newest first, keyset-paginated on (created_at, id) so pages stay stable while payouts arrive. */
export async function listPayouts(
  db: PrismaClient,
  filters: PayoutFilters,
): Promise<{ rows: PayoutDto[]; nextCursor: string | null }> {
  const after = filters.cursor ? decodeCursor(filters.cursor) : null;
  const where: Prisma.PayoutWhereInput = {
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.invoice ? { invoiceId: filters.invoice } : {}),
    ...(after
      ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] }
      : {}),
  };
  const found = await db.payout.findMany({
    where,
    include: withPeople,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAYOUTS_PAGE_SIZE + 1,
  });
  const page = found.slice(0, PAYOUTS_PAGE_SIZE);
  const last = page.at(-1);
  return {
    rows: page.map(toPayoutDto),
    nextCursor:
      found.length > PAYOUTS_PAGE_SIZE && last ? `${last.createdAt.toISOString()}_${last.id}` : null,
  };
}

/** Requests waiting for a manager, oldest first (they have waited longest). */
export async function listAwaitingApproval(db: PrismaClient): Promise<PayoutDto[]> {
  const found = await db.payout.findMany({
    where: { status: "awaiting_approval" },
    include: withPeople,
    orderBy: [{ createdAt: "asc" }],
    take: 100,
  });
  return found.map(toPayoutDto);
}
