import { AppError } from "@/lib/http/app-error";
import { idParams, route } from "@/lib/http/handle-route";
import { viewPayoutDetail } from "@/lib/payouts/allowed-actions";
import { getPayoutDetail } from "@/lib/payouts/get-payout";

// GET /api/payouts/:id — one payout with its decision and story (every role).
export const GET = route({
  permission: "payouts:read",
  params: idParams,
  run: async (ctx, { id }) => {
    const detail = await getPayoutDetail(ctx.db, id);
    if (!detail) throw new AppError("not_found");
    return viewPayoutDetail(detail, ctx.staff);
  },
});
