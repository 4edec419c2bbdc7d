import { Prisma } from "@/lib/generated/prisma/client";
import { PAYOUT_NOT_CLEARED } from "@/lib/statuses";

/**
 * What a requester's payouts of the last 24 hours that nobody approved add up to (XOF): every
 * one cleared without a decision that still holds, or may still take, money. Those a manager
 * approved had their four eyes; rejected, refused and verified-failed ones moved nothing.
 */
export async function sumSentWithoutApproval(
  db: Pick<Prisma.TransactionClient, "$queryRaw">,
  requesterId: string,
): Promise<number> {
  const [row] = await db.$queryRaw<[{ sum: bigint }]>`
    SELECT COALESCE(SUM(amount), 0)::bigint AS sum FROM payouts
    WHERE requested_by_id = ${requesterId} AND decided_by_id IS NULL
      AND created_at > now() - interval '24 hours'
      AND status NOT IN (${Prisma.join(PAYOUT_NOT_CLEARED)})`;
  return Number(row.sum);
}
