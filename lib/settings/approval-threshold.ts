import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { env } from "@/lib/env";

/** Settings key of the amount (XOF) above which a payout waits for a manager's approval. */
export const APPROVAL_THRESHOLD_KEY = "approval_threshold";

type Reader = Pick<Prisma.TransactionClient, "setting">;

function readStored(value: unknown): number | null {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/** The threshold in force: the admin's setting, else PAYOUT_APPROVAL_THRESHOLD. */
export async function getApprovalThreshold(
  db: Reader,
  fallback = env().PAYOUT_APPROVAL_THRESHOLD,
): Promise<number> {
  const row = await db.setting.findUnique({ where: { key: APPROVAL_THRESHOLD_KEY } });
  return readStored(row?.value) ?? fallback;
}

/** Changes the threshold (admin), audited as `settings.changed` with the old and new values. */
export async function setApprovalThreshold(
  db: PrismaClient,
  actor: AuditActor,
  amount: number,
  ip: string | null,
  fallback = env().PAYOUT_APPROVAL_THRESHOLD,
): Promise<number> {
  return db.$transaction(async (tx) => {
    // Locks the row (or the key, through the upsert's conflict) so two admins' changes are audited in order.
    const before = await tx.$queryRaw<
      { value: unknown }[]
    >`SELECT value FROM settings WHERE key = ${APPROVAL_THRESHOLD_KEY} FOR UPDATE`;
    const previous = readStored(before[0]?.value) ?? fallback;
    await tx.setting.upsert({
      where: { key: APPROVAL_THRESHOLD_KEY },
      create: { key: APPROVAL_THRESHOLD_KEY, value: amount },
      update: { value: amount },
    });
    await recordAudit(tx, {
      actor,
      action: "settings.changed",
      target: { type: "setting", id: APPROVAL_THRESHOLD_KEY },
      ip,
      before: { approvalThreshold: previous },
      after: { approvalThreshold: amount },
    });
    return amount;
  });
}
