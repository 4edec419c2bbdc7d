import type { OperationContext } from "@/lib/http/request-context";
import {
  verifyTransaction,
  type StatusGateway,
  type VerifyResult,
} from "@/lib/verification/verify-transaction";
import { gatewayFailure } from "./gateway-failure";
import { loadPayoutDto } from "./load-payout";
import type { PayoutDto } from "./payout-dto";
import { recoverStuckPayouts } from "./recover-stuck-payouts";

/**
 * "Vérifier maintenant": asks LigdiCash for the payout's status (with the token stored at
 * creation) and applies it through lib/verification, the one transition path. First turns a send
 * abandoned by a crash into `outcome_unknown`. Never sends anything.
 */
export async function checkPayout(
  { db, gateway }: Pick<OperationContext, "db"> & { gateway: StatusGateway },
  { payoutId, staleAfterMs }: { payoutId: string; staleAfterMs?: number },
): Promise<VerifyResult> {
  await recoverStuckPayouts(db, staleAfterMs);
  return verifyTransaction(db, gateway, payoutId, "payout");
}

export type PayoutCheck = {
  payout: PayoutDto;
  result: VerifyResult["result"];
  previousStatus: PayoutDto["status"];
};

/** "Vérifier maintenant" for the staff UI: the payout before and after; a gateway failure is a 502/504. */
export async function verifyPayoutNow(
  ctx: Pick<OperationContext, "db"> & { gateway: StatusGateway },
  { payoutId }: { payoutId: string },
): Promise<PayoutCheck> {
  const before = await loadPayoutDto(ctx.db, payoutId);
  const result = await checkPayout(ctx, { payoutId }).catch((error: unknown) => {
    throw gatewayFailure(error);
  });
  return {
    payout: await loadPayoutDto(ctx.db, payoutId),
    result: result.result,
    previousStatus: before.status,
  };
}
