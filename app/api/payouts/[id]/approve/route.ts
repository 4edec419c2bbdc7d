import { idParams, route } from "@/lib/http/handle-route";
import { approvePayout } from "@/lib/payouts/approve-payout";
import { decisionSchema } from "@/lib/payouts/schemas";

// POST /api/payouts/:id/approve — approve someone else's request, then send it (manager, admin; a code within 10 minutes).
export const POST = route({
  permission: "payouts:approve",
  stepUp: true,
  params: idParams,
  body: decisionSchema,
  run: async (ctx, { id, note }) => ({ payout: await approvePayout(ctx, { payoutId: id, note }) }),
});
