import type { PrismaClient } from "@/lib/generated/prisma/client";
import { toPayoutDto, withPeople, type PayoutDto } from "./payout-dto";
import { payoutRuleError } from "./rule-error";

/** One payout as the staff UI sees it, or a 404. */
export async function loadPayoutDto(db: PrismaClient, id: string): Promise<PayoutDto> {
  const payout = await db.payout.findUnique({ where: { id }, include: withPeople });
  if (!payout) throw payoutRuleError("not_found");
  return toPayoutDto(payout);
}
