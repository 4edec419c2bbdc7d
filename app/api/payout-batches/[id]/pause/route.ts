import { idParams, route } from "@/lib/http/handle-route";
import { controlBatch } from "@/lib/payout-batches/control-batch";

// POST /api/payout-batches/:id/pause — stop sending new lines; lines already sent are untouched (finance, manager, admin).
export const POST = route({
  permission: "payouts:request",
  params: idParams,
  run: async (ctx, { id }) => {
    const batch = await controlBatch(ctx, { batchId: id, control: "pause" });
    return { batch: { id: batch.id, status: batch.status } };
  },
});
