import type { Prisma } from "@/lib/generated/prisma/client";

/** Any fixed number, the same everywhere: the one lock every balance-committing decision takes. */
const BATCH_FUNDS_LOCK = 0x63616973; // "cais"

/**
 * Serialises the decisions that commit a sub-account's money to a batch (approval, or a batch
 * cleared at upload): each reads what is left and commits in one transaction, and the next one
 * waits for that commit before reading. Held until the transaction ends.
 */
export async function lockBatchFunds(tx: Pick<Prisma.TransactionClient, "$executeRaw">): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${BATCH_FUNDS_LOCK})`;
}
