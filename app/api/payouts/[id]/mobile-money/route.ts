import { idParams, route } from "@/lib/http/handle-route";
import { submitMobileMoneyInstead } from "@/lib/payouts/submit-payout";

// POST /api/payouts/:id/mobile-money — after "no LigdiCash account": a new payout of the same
// amount straight to mobile money (finance, manager, admin).
export const POST = route({
  permission: "payouts:request",
  params: idParams,
  run: (ctx, { id }) => submitMobileMoneyInstead(ctx, { payoutId: id }),
  status: (result) => (result.created ? 201 : 200),
});
