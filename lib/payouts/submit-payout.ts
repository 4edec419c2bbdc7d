import type { OperationContext } from "@/lib/http/request-context";
import { loadPayoutDto } from "./load-payout";
import { toPayoutDto, withPeople, type PayoutDto } from "./payout-dto";
import { requestPayout, type RequestPayoutResult } from "./request-payout";
import type { RequestPayoutInput } from "./schemas";
import { sendPayout, type SendGateway } from "./send-payout";
import { sendToMobileMoneyInstead } from "./send-to-mobile-money-instead";

type SubmitContext = Pick<OperationContext, "db" | "actor" | "ip"> & { gateway: SendGateway };

export type SubmittedPayout = { payout: PayoutDto; created: boolean };

/**
 * A payout or refund from the form: the intent is stored first (requestPayout), then sent unless
 * it awaits a manager's approval. A double submit of an approved intent lands here too: the
 * claim inside sendPayout lets one call through.
 */
export async function submitPayout(ctx: SubmitContext, input: RequestPayoutInput): Promise<SubmittedPayout> {
  return sendUnlessAwaiting(ctx, await requestPayout(ctx, input));
}

/** After "no LigdiCash account": the same money as a new intent straight to mobile money, sent the same way. */
export async function submitMobileMoneyInstead(
  ctx: SubmitContext,
  input: { payoutId: string },
): Promise<SubmittedPayout> {
  return sendUnlessAwaiting(ctx, await sendToMobileMoneyInstead(ctx, input));
}

/**
 * Sends an approved payout whose sending never started (e.g. the server stopped right after
 * storing it); a no-op for any other state. A 404 for an unknown id.
 */
export async function sendApprovedPayout(
  ctx: SubmitContext,
  { payoutId }: { payoutId: string },
): Promise<PayoutDto> {
  await loadPayoutDto(ctx.db, payoutId);
  const sent = await sendPayout(ctx, { payoutId });
  return sent ? toPayoutDto(sent) : loadPayoutDto(ctx.db, payoutId);
}

async function sendUnlessAwaiting(
  ctx: SubmitContext,
  { payout, created }: RequestPayoutResult,
): Promise<SubmittedPayout> {
  // sendPayout answers the row as it stands afterwards; otherwise it is read once here.
  const row =
    payout.status === "approved"
      ? await sendPayout(ctx, { payoutId: payout.id })
      : await ctx.db.payout.findUnique({ where: { id: payout.id }, include: withPeople });
  return { payout: row ? toPayoutDto(row) : await loadPayoutDto(ctx.db, payout.id), created };
}
