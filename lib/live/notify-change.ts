import type { Prisma } from "@/lib/generated/prisma/client";

/** PostgreSQL channel on which every verified change is announced to all app instances. */
export const CHANGES_CHANNEL = "caisse_changes";

export type Change = {
  entity: "invoice" | "payout" | "payout_batch" | "ledger" | "callback";
  id: string;
  status?: string;
};

/** Announces a change. Inside a transaction, PostgreSQL delivers it only at commit — a rolled
 * back change is never announced. */
export async function notifyChange(tx: Prisma.TransactionClient, change: Change): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(change)})`;
}
