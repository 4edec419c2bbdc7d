import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { documentNumber } from "@/lib/search/search-terms";
import type { AuditFilters } from "./schemas";

/** Twenty-five records a page: on a phone each is a card, and fifty made a page thirteen thousand pixels tall. */
export const AUDIT_PAGE_SIZE = 25;

export type AuditRow = {
  id: string;
  createdAt: string;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  /** The FAC-/VER- number of an invoice or payout target: what staff quote. */
  targetNumber: string | null;
  ip: string | null;
  before: unknown;
  after: unknown;
};

/** Day bounds in Ouagadougou time (UTC+0 all year, no daylight saving). */
function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** The id of the invoice or payout a typed number (FAC-…, VER-…, however spaced) names, or null. */
async function targetOfNumber(db: PrismaClient, text: string): Promise<string | null> {
  const number = documentNumber(text.trim());
  if (!number) return null;
  const select = { id: true } as const;
  const found = number.startsWith("FAC")
    ? await db.invoice.findUnique({ where: { number }, select })
    : await db.payout.findUnique({ where: { number }, select });
  return found?.id ?? null;
}

/** The numbers of the invoices and payouts a page of records names, by `type:id`: two look-ups a page. */
async function targetNumbers(
  db: PrismaClient,
  records: { targetType: string | null; targetId: string | null }[],
): Promise<Map<string, string>> {
  const ids = (type: string) =>
    records.flatMap((r) => (r.targetType === type && r.targetId ? [r.targetId] : []));
  const [invoices, payouts] = await Promise.all([
    db.invoice.findMany({ where: { id: { in: ids("invoice") } }, select: { id: true, number: true } }),
    db.payout.findMany({ where: { id: { in: ids("payout") } }, select: { id: true, number: true } }),
  ]);
  return new Map([
    ...invoices.map((i) => [`invoice:${i.id}`, i.number] as const),
    ...payouts.map((p) => [`payout:${p.id}`, p.number] as const),
  ]);
}

/** Newest first, keyset-paginated on the id so pages stay stable while records keep arriving. */
export async function listAudit(
  db: PrismaClient,
  filters: AuditFilters,
): Promise<{ rows: AuditRow[]; nextBefore: string | null }> {
  const numbered = filters.target ? await targetOfNumber(db, filters.target) : null;
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.actor ? { actorEmail: { contains: filters.actor, mode: "insensitive" } } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.target
      ? {
          OR: [
            { targetId: filters.target },
            { targetType: filters.target },
            ...(numbered ? [{ targetId: numbered }] : []),
          ],
        }
      : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: dayStart(filters.from) } : {}),
            ...(filters.to ? { lt: new Date(dayStart(filters.to).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
    ...(filters.before ? { id: { lt: BigInt(filters.before) } } : {}),
  };
  const records = await db.auditLog.findMany({ where, orderBy: { id: "desc" }, take: AUDIT_PAGE_SIZE + 1 });
  const page = records.slice(0, AUDIT_PAGE_SIZE);
  const numbers = await targetNumbers(db, page);
  return {
    rows: page.map((r) => ({
      id: r.id.toString(),
      createdAt: r.createdAt.toISOString(),
      actorEmail: r.actorEmail,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      targetNumber: (r.targetId && numbers.get(`${r.targetType}:${r.targetId}`)) ?? null,
      ip: r.ip,
      before: r.before,
      after: r.after,
    })),
    nextBefore: records.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}
