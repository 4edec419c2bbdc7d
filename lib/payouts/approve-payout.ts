import type { OperationContext } from "@/lib/http/request-context";
import { decidePayout } from "./decide-payout";
import { loadPayoutDto } from "./load-payout";
import { toPayoutDto, type PayoutDto } from "./payout-dto";
import { sendPayout, type SendGateway } from "./send-payout";

/** A manager approves someone else's request, and it is sent at once (see decidePayout, sendPayout). */
export async function approvePayout(
  ctx: Pick<OperationContext, "db" | "actor" | "ip"> & { gateway: SendGateway },
  { payoutId, note }: { payoutId: string; note?: string },
): Promise<PayoutDto> {
  await decidePayout(ctx, { payoutId, decision: { approve: true, note } });
  const sent = await sendPayout(ctx, { payoutId });
  return sent ? toPayoutDto(sent) : loadPayoutDto(ctx.db, payoutId);
}

/** A manager rejects someone else's request, with the note the requester will read. */
export async function rejectPayout(
  ctx: Pick<OperationContext, "db" | "actor" | "ip">,
  { payoutId, note }: { payoutId: string; note: string },
): Promise<PayoutDto> {
  await decidePayout(ctx, { payoutId, decision: { approve: false, note } });
  return loadPayoutDto(ctx.db, payoutId);
}
