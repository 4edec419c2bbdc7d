import { AppError } from "@/lib/http/app-error";
import { idParams, route } from "@/lib/http/handle-route";
import { getPayoutDetail } from "@/lib/payouts/get-payout";

// GET /api/payouts/:id — one payout with its decision and story (every role).
export const GET = route({
  permission: "payouts:read",
  params: idParams,
  run: async (ctx, { id }) =>
    (await getPayoutDetail(ctx.db, id)) ?? Promise.reject(new AppError("not_found")),
});
