import { idParams, route } from "@/lib/http/handle-route";
import { cancelPayout } from "@/lib/payouts/cancel-payout";

// POST /api/payouts/:id/cancel — withdraw one's own request while it awaits approval (finance, manager, admin).
export const POST = route({
  permission: "payouts:request",
  params: idParams,
  run: async (ctx, { id }) => ({ payout: await cancelPayout(ctx, { payoutId: id }) }),
});
