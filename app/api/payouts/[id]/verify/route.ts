import { idParams, route } from "@/lib/http/handle-route";
import { verifyPayoutNow } from "@/lib/payouts/check-payout";

// POST /api/payouts/:id/verify — "Vérifier maintenant": ask LigdiCash for the status; never sends (finance, manager, admin).
export const POST = route({
  permission: "payouts:request",
  params: idParams,
  run: (ctx, { id }) => verifyPayoutNow(ctx, { payoutId: id }),
});
