import { Prisma } from "@/lib/generated/prisma/client";
import type { SqlClient } from "@/lib/db/sql-client";
import { invoiceWhere, payoutWhere, whereClause } from "./transaction-sql";
import type { TransactionFilters } from "./schemas";

/**
 * How many invoices, refunds and payouts match the filters: the count shown above the history.
 * The same conditions as the list (transaction-sql.ts), so the number and the rows never disagree.
 */
export async function countTransactions(db: SqlClient, filters: TransactionFilters): Promise<number> {
  const counts: Prisma.Sql[] = [];
  const invoices = invoiceWhere(filters);
  const payouts = payoutWhere(filters);
  if (invoices) counts.push(Prisma.sql`(SELECT count(*) FROM invoices i ${whereClause(invoices)})`);
  if (payouts) counts.push(Prisma.sql`(SELECT count(*) FROM payouts p ${whereClause(payouts)})`);
  if (counts.length === 0) return 0;
  const [row] = await db.$queryRaw<{ total: bigint }[]>(
    Prisma.sql`SELECT ${Prisma.join(counts, " + ")} AS total`,
  );
  return Number(row?.total ?? 0);
}
