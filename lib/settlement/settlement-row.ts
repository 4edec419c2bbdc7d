import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { hotQuery } from "@/lib/db-client";
import type { InvoiceStatus, PayoutDestination, PayoutStatus } from "@/lib/generated/prisma/enums";
import { batcherFor } from "@/lib/batching/batcher";

/** What settling one invoice or payout needs to know about it (our ids are unique across both). */
export type SettlementRow =
  | { kind: "invoice"; id: string; status: InvoiceStatus; amount: number; token: string | null; description: string }
  | { kind: "payout"; id: string; status: PayoutStatus; amount: number; token: string | null; description: string; operator: string; destination: PayoutDestination };

type Found = { kind: "invoice" | "payout"; id: string; status: string; amount: number; token: string | null; description: string; operator: string | null; destination: PayoutDestination | null };

async function readRows(db: PrismaClient, ids: string[]): Promise<(SettlementRow | null)[]> {
  const found = await hotQuery<Found>(db, Prisma.sql`
    SELECT 'invoice' AS kind, id, status::text AS status, total_amount AS amount, gateway_token AS token, description, NULL AS operator, NULL AS destination
    FROM invoices WHERE id = ANY(${ids}::text[])
    UNION ALL
    SELECT 'payout', id, status::text, amount, gateway_token, reason, operator, destination::text
    FROM payouts WHERE id = ANY(${ids}::text[])`);
  const byId = new Map(found.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) return null;
    const common = { id, amount: row.amount, token: row.token, description: row.description };
    return row.kind === "invoice"
      ? { ...common, kind: "invoice", status: row.status as InvoiceStatus }
      : { ...common, kind: "payout", status: row.status as PayoutStatus, operator: row.operator ?? "", destination: row.destination ?? "mobile_money" };
  });
}

/** Reads one row as it is committed now. Concurrent reads (a burst of callbacks) share one query. */
export function loadSettlementRow(db: PrismaClient, id: string): Promise<SettlementRow | null> {
  return batcherFor(db, "settlement-rows", (ids: string[]) => readRows(db, ids)).submit(id);
}
