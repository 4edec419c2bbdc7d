import { toApiPayout } from "@/lib/api-v1/payout-resource";
import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/http/handle-route";
import { loadPayoutDto } from "@/lib/payouts/load-payout";

// GET /api/v1/payouts/:id — one refund or payout and where it stands (scope read).
export const GET = apiRoute({
  scope: "read",
  params: idParams,
  run: async (ctx, { id }) => toApiPayout(await loadPayoutDto(ctx.db, id)),
});
