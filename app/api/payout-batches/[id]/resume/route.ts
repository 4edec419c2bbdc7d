import { idParams, route } from "@/lib/http/handle-route";
import { enqueueBatch } from "@/lib/jobs/payout-batch-queue";
import { controlBatch } from "@/lib/payout-batches/control-batch";

// POST /api/payout-batches/:id/resume — send the remaining lines again; lines already sent are untouched (finance, manager, admin).
export const POST = route({
  permission: "payouts:request",
  params: idParams,
  run: async (ctx, { id }) => {
    const batch = await controlBatch(ctx, { batchId: id, control: "resume" });
    await enqueueBatch(batch.id);
    return { batch: { id: batch.id, status: batch.status } };
  },
});
