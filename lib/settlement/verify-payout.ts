import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { applyVerifiedPayout, type PayoutSettlementResult } from "./apply-verified-payout";
import { withExchange } from "./record-exchange";
import { singleFlight } from "./single-flight";
import { FINAL_PAYOUT_STATUSES } from "./transitions";

/** `coalesced`: joined a verification of the same payout already running in this process. */
export type VerifyPayoutResult = PayoutSettlementResult & { verifiedStatus: string | null; verifiedAmount: number | null; coalesced?: boolean };

type PayoutGateway = Pick<LigdicashClient, "getClientPayoutStatus" | "getMerchantPayoutStatus">;

/**
 * Asks LigdiCash for a payout's status with the token stored at creation, then applies it.
 * A payout whose creation answer was lost has no token: it cannot be queried, and its callback
 * alone is never trusted — see lib/callbacks/unverifiable-payouts.ts for the rule (flagged for a
 * person to resolve; never applied from the claim, never sent again).
 */
export async function verifyPayout(db: PrismaClient, gateway: PayoutGateway, payoutId: string): Promise<VerifyPayoutResult> {
  const { value, shared } = await singleFlight(`payout:${payoutId}`, () => verifyPayoutNow(db, gateway, payoutId));
  // A caller that joined another's verification did not apply anything itself: to it, the
  // transition was already applied (exactly one caller ever sees "applied").
  return shared ? { ...value, result: value.result === "applied" ? "already_applied" : value.result, coalesced: true } : value;
}

async function verifyPayoutNow(db: PrismaClient, gateway: PayoutGateway, payoutId: string): Promise<VerifyPayoutResult> {
  const payout = await db.payout.findUnique({ where: { id: payoutId }, select: { status: true, gatewayToken: true, destination: true } });
  if (!payout) return { result: "not_found", status: null, verifiedStatus: null, verifiedAmount: null };
  if (FINAL_PAYOUT_STATUSES.includes(payout.status)) return { result: "already_applied", status: payout.status, verifiedStatus: null, verifiedAmount: null };
  if (!payout.gatewayToken) return { result: "not_sent", status: payout.status, verifiedStatus: null, verifiedAmount: null };
  const token = payout.gatewayToken;
  const query = payout.destination === "wallet" ? () => gateway.getClientPayoutStatus(token) : () => gateway.getMerchantPayoutStatus(token);
  const verified = await withExchange(db, `${payout.destination}_payout_status`, { token }, { payoutId }, query);
  const applied = await applyVerifiedPayout(db, payoutId, verified);
  return { ...applied, verifiedStatus: verified.status, verifiedAmount: verified.amount };
}
