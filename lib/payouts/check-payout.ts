import type { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyPayout, type VerifyPayoutResult } from "@/lib/settlement/verify-payout";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { recoverStuckPayouts } from "./recover-stuck-payouts";

type StatusGateway = Pick<LigdicashClient, "getClientPayoutStatus" | "getMerchantPayoutStatus">;

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
): Promise<VerifyPayoutResult> {
  await recoverStuckPayouts(db, staleAfterMs);
  return verifyPayout(db, gateway, payoutId);
}
