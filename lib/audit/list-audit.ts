import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
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
  ip: string | null;
  before: unknown;
  after: unknown;
};

/** Day bounds in Ouagadougou time (UTC+0 all year, no daylight saving). */
function dayStart(date: string): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

/** Newest first, keyset-paginated on the id so pages stay stable while records keep arriving. */
export async function listAudit(
  db: PrismaClient,
  filters: AuditFilters,
): Promise<{ rows: AuditRow[]; nextBefore: string | null }> {
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.actor ? { actorEmail: { contains: filters.actor, mode: "insensitive" } } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.target ? { OR: [{ targetId: filters.target }, { targetType: filters.target }] } : {}),
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
  return {
    rows: page.map((r) => ({
      id: r.id.toString(),
      createdAt: r.createdAt.toISOString(),
      actorEmail: r.actorEmail,
      action: r.action,
      targetType: r.targetType,
      targetId: r.targetId,
      ip: r.ip,
      before: r.before,
      after: r.after,
    })),
    nextBefore: records.length > AUDIT_PAGE_SIZE ? (page.at(-1)?.id.toString() ?? null) : null,
  };
}
