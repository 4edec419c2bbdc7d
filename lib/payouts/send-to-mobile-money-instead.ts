import type { OperationContext } from "@/lib/http/request-context";
import { requestPayout, type RequestPayoutResult } from "./request-payout";
import { payoutRuleError } from "./rule-error";

/**
 * One click after "the recipient has no LigdiCash account": a NEW intent (new id, so LigdiCash
 * never sees one transaction id twice) for the same amount and number, straight to mobile money.
 * Its idempotency key derives from the refused payout, so double clicks make one payout only.
 * It goes through requestPayout: same refund cap, same approval threshold.
 */
export async function sendToMobileMoneyInstead(
  ctx: Pick<OperationContext, "db" | "actor" | "ip">,
  { payoutId }: { payoutId: string },
): Promise<RequestPayoutResult> {
  const { db } = ctx;
  const refused = await db.payout.findUnique({ where: { id: payoutId } });
  if (!refused) throw payoutRuleError("not_found");
  if (
    refused.status !== "failed" ||
    refused.destination !== "wallet" ||
    refused.failureCode !== "customer_does_not_exist"
  )
    throw payoutRuleError("fallback_not_possible");
  const key = `mobile-money-instead-of:${refused.id}`;
  const existing = await db.payout.findUnique({ where: { idempotencyKey: key } });
  if (existing) return { payout: existing, created: false };
  return requestPayout(ctx, {
    idempotencyKey: key,
    invoiceId: refused.invoiceId ?? undefined,
    purpose: refused.purpose,
    amount: refused.amount,
    reason: refused.reason,
    destination: "mobile_money",
    // The number was verified or typed twice for the refused payout: it carries over as such.
    recipient:
      refused.recipientSource === "verified_payer"
        ? { source: "verified_payer" }
        : { source: "typed_twice", phone: refused.recipientPhone, phoneConfirm: refused.recipientPhone },
  });
}
