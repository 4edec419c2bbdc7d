import type { PrismaClient } from "@/lib/generated/prisma/client";

export const JOURNALS_PAGE_SIZE = 25;

export type JournalRow = {
  id: string;
  postingKey: string;
  description: string;
  postedAt: string;
  invoiceId: string | null;
  payoutId: string | null;
  /** The number (FAC-…/VER-…) of the invoice or payout it records: its link's words. */
  documentNumber: string | null;
  reversesId: string | null;
  reversedById: string | null;
  entries: { id: string; account: string; operator: string | null; amount: number }[];
};

/** Cursor: `<postedAt ISO>_<id>` of the last journal of the previous page. */
export function parseJournalCursor(cursor: string | undefined): { postedAt: Date; id: string } | null {
  const match = cursor ? /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)_([a-z0-9]{1,40})$/.exec(cursor) : null;
  if (!match) return null;
  const postedAt = new Date(match[1]!);
  return Number.isNaN(postedAt.getTime()) ? null : { postedAt, id: match[2]! };
}

/** Newest first, keyset-paginated on (posted_at, id) so pages stay stable while journals arrive. */
export async function listJournals(
  db: PrismaClient,
  cursor?: string,
): Promise<{ journals: JournalRow[]; nextCursor: string | null }> {
  const after = parseJournalCursor(cursor);
  const rows = await db.ledgerJournal.findMany({
    where: after
      ? { OR: [{ postedAt: { lt: after.postedAt } }, { postedAt: after.postedAt, id: { lt: after.id } }] }
      : {},
    orderBy: [{ postedAt: "desc" }, { id: "desc" }],
    take: JOURNALS_PAGE_SIZE + 1,
    include: {
      entries: { orderBy: { id: "asc" } },
      reversedBy: { select: { id: true } },
      invoice: { select: { number: true } },
      payout: { select: { number: true } },
    },
  });
  const page = rows.slice(0, JOURNALS_PAGE_SIZE);
  const last = page.at(-1);
  return {
    journals: page.map((j) => ({
      id: j.id,
      postingKey: j.postingKey,
      description: j.description,
      postedAt: j.postedAt.toISOString(),
      invoiceId: j.invoiceId,
      payoutId: j.payoutId,
      documentNumber: j.invoice?.number ?? j.payout?.number ?? null,
      reversesId: j.reversesId,
      reversedById: j.reversedBy?.id ?? null,
      entries: j.entries.map((e) => ({
        id: e.id.toString(),
        account: e.account,
        operator: e.operator,
        amount: e.amount,
      })),
    })),
    nextCursor: rows.length > JOURNALS_PAGE_SIZE && last ? `${last.postedAt.toISOString()}_${last.id}` : null,
  };
}
