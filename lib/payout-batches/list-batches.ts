import type { PrismaClient } from "@/lib/generated/prisma/client";
import { batchProgress } from "./batch-progress";
import { batchPeople, toBatchDto, type PayoutBatchDto } from "./batch-dto";

export const BATCHES_PAGE_SIZE = 50;

/** The newest batches first, each with its progress. */
export async function listBatches(db: PrismaClient): Promise<PayoutBatchDto[]> {
  const batches = await db.payoutBatch.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: BATCHES_PAGE_SIZE,
    include: batchPeople,
  });
  const progress = await batchProgress(
    db,
    batches.map((b) => b.id),
  );
  return batches.map((b) => toBatchDto(b, progress.get(b.id)));
}
