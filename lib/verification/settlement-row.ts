import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hotQuery } from "@/lib/db/client";
import type { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";
import { batcherFor } from "@/lib/db/batcher";
import { readRowsSql, type FoundRow } from "./sql/read-rows";
import type { SettlementRow } from "./types";

async function readRows(db: PrismaClient, ids: string[]): Promise<(SettlementRow | null)[]> {
  const found = await hotQuery<FoundRow>(db, readRowsSql(ids));
  const byId = new Map(found.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) return null;
    const common = { id, amount: row.amount, token: row.token, description: row.description };
    return row.kind === "invoice"
      ? { ...common, kind: "invoice", status: row.status as InvoiceStatus }
      : {
          ...common,
          kind: "payout",
          status: row.status as PayoutStatus,
          operator: row.operator ?? "",
          destination: row.destination ?? "mobile_money",
        };
  });
}

/** Reads one row as it is committed now. Concurrent reads (a burst of callbacks) share one query. */
export function loadSettlementRow(db: PrismaClient, id: string): Promise<SettlementRow | null> {
  return batcherFor(db, "settlement-rows", (ids: string[]) => readRows(db, ids)).submit(id);
}
