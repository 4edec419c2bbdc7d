import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";
import type { StatusGateway } from "@/lib/verification/verify-transaction";
import { processDelivery } from "./process-delivery";

export type ReverifyResult = {
  outcome: string;
  flagReason: string | null;
  verifiedStatus: string | null;
  verifiedAmount: number | null;
};

/**
 * "Revérifier maintenant": judges a delivery again now, whatever its current verdict (asks
 * LigdiCash if the transaction is not final; applies only what the verified status says). The
 * new verdict and the audit record (who, before → after) are written in one transaction.
 */
export async function reverifyDelivery(
  { db, gateway, actor, ip }: Pick<OperationContext, "db" | "actor" | "ip"> & { gateway: StatusGateway },
  { deliveryId }: { deliveryId: string },
): Promise<ReverifyResult> {
  const before = await db.callbackDelivery.findUnique({
    where: { id: deliveryId },
    select: { outcome: true, flagReason: true, verifiedStatus: true, verifiedAmount: true },
  });
  if (!before) throw new AppError("not_found");
  const verdict = await processDelivery(db, gateway, deliveryId, {
    force: true,
    alsoInTransaction: (tx, v) =>
      recordAudit(tx, {
        actor,
        action: "callback.reverified",
        target: { type: "callback", id: deliveryId },
        ip,
        before,
        after: {
          outcome: v.outcome,
          flagReason: v.flagReason,
          verifiedStatus: v.verifiedStatus,
          verifiedAmount: v.verifiedAmount,
        },
      }),
  });
  if (!verdict) throw new AppError("not_found");
  return {
    outcome: verdict.outcome,
    flagReason: verdict.flagReason,
    verifiedStatus: verdict.verifiedStatus,
    verifiedAmount: verdict.verifiedAmount,
  };
}
