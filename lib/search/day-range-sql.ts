import { Prisma } from "@/lib/generated/prisma/client";

const DAY_MS = 24 * 3600 * 1000;

/** `column` (a code constant) within the days `from`…`to`, both included. Burkina Faso is on UTC
 * all year: a day runs from its UTC midnight to the next, excluded. */
export function dayRangeConditions(column: string, from?: string, to?: string): Prisma.Sql[] {
  const col = Prisma.raw(column);
  const out: Prisma.Sql[] = [];
  if (from) out.push(Prisma.sql`${col} >= ${new Date(`${from}T00:00:00Z`)}`);
  if (to) out.push(Prisma.sql`${col} < ${new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS)}`);
  return out;
}
