import { Prisma } from "@/lib/generated/prisma/client";
import type { PayoutDestination } from "@/lib/generated/prisma/enums";

/** One invoice or payout as settlement reads it (operator and destination: payouts only). */
export type FoundRow = {
  kind: "invoice" | "payout";
  id: string;
  status: string;
  amount: number;
  token: string | null;
  description: string;
  operator: string | null;
  destination: PayoutDestination | null;
};

/** Many invoices and payouts by id in one query (our ids are unique across both tables). */
export function readRowsSql(ids: string[]): Prisma.Sql {
  return Prisma.sql`
    SELECT 'invoice' AS kind, id, status::text AS status, total_amount AS amount, gateway_token AS token, description, NULL AS operator, NULL AS destination
    FROM invoices WHERE id = ANY(${ids}::text[])
    UNION ALL
    SELECT 'payout', id, status::text, amount, gateway_token, reason, operator, destination::text
    FROM payouts WHERE id = ANY(${ids}::text[])`;
}
