import { idParams, route } from "@/lib/http/handle-route";
import { getBatch } from "@/lib/payout-batches/get-batch";

// GET /api/payout-batches/:id — one batch, its progress, totals by operator and lines (every role).
export const GET = route({
  permission: "payouts:read",
  params: idParams,
  run: async (ctx, { id }) => ({ batch: await getBatch(ctx.db, id) }),
});
