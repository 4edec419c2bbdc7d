import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PayoutStatus } from "@/lib/generated/prisma/enums";
import { getAvailableOperatorBalances, getKnownOperatorBalances } from "@/lib/payouts/operator-balances";
import { batchProgress } from "./batch-progress";
import { batchPeople, toBatchDto, type PayoutBatchDto } from "./batch-dto";
import { batchRuleError } from "./batch-rule-error";
import { totalsByOperator, type OperatorTotal } from "./preview-batch";

export type BatchLineDto = {
  line: number;
  phone: string;
  name: string;
  amount: number;
  reason: string;
  destination: "wallet" | "mobile_money";
  operator: string;
  payoutId: string | null;
  /** The payout's state; null while the line is not handed to the send. */
  status: PayoutStatus | null;
  failureCode: string | null;
};

export type BatchDetail = PayoutBatchDto & { operatorTotals: OperatorTotal[]; lines: BatchLineDto[] };

/** One batch with its progress, its totals by operator against the sub-accounts' balances, and its lines. */
export async function getBatch(db: PrismaClient, batchId: string): Promise<BatchDetail> {
  const batch = await db.payoutBatch.findUnique({ where: { id: batchId }, include: batchPeople });
  if (!batch) throw batchRuleError("not_found");
  const rows = await db.payoutBatchLine.findMany({
    where: { batchId },
    orderBy: { lineNumber: "asc" },
    include: { payout: { select: { status: true, failureCode: true } } },
  });
  const progress = (await batchProgress(db, [batchId])).get(batchId);
  const lines = rows.map((l) => ({
    line: l.lineNumber,
    phone: l.phone,
    name: l.name,
    amount: l.amount,
    reason: l.reason,
    destination: l.destination,
    operator: l.operator,
    payoutId: l.payoutId,
    status: l.payout?.status ?? null,
    failureCode: l.payout?.failureCode ?? null,
  }));
  return {
    ...toBatchDto(batch, progress),
    operatorTotals: totalsByOperator(
      lines,
      // A batch awaiting its decision is shown against what approving would find; once cleared,
      // its own payouts are among those on their way, so the known balance is the fair figure.
      batch.status === "awaiting_approval"
        ? await getAvailableOperatorBalances(db, { excludeBatchId: batchId })
        : await getKnownOperatorBalances(db),
    ),
    lines,
  };
}
