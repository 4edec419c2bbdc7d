import type { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyTransaction, type StatusGateway, type VerifyResult } from "@/lib/settlement/verify-transaction";
import { recoverStuckPayouts } from "./recover-stuck-payouts";

/**
 * "Vérifier maintenant": asks LigdiCash for the payout's status (with the token stored at
 * creation) and applies it through lib/settlement, the one transition path. First turns a send
 * abandoned by a crash into `outcome_unknown`. Never sends anything.
 */
export async function checkPayout(
  db: PrismaClient,
  gateway: StatusGateway,
  payoutId: string,
  staleAfterMs?: number,
): Promise<VerifyResult> {
  await recoverStuckPayouts(db, staleAfterMs);
  return verifyTransaction(db, gateway, payoutId, "payout");
}
