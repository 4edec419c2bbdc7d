import { idParams, route } from "@/lib/http/handle-route";
import { enqueueBatch } from "@/lib/jobs/payout-batch-queue";
import { approveBatch } from "@/lib/payout-batches/decide-batch";
import { batchDecisionSchema } from "@/lib/payout-batches/schemas";

// POST /api/payout-batches/:id/approve — another manager clears the batch; its sending starts (manager, admin).
export const POST = route({
  permission: "payouts:approve",
  params: idParams,
  body: batchDecisionSchema,
  run: async (ctx, { id, note }) => {
    const batch = await approveBatch(ctx, { batchId: id, note });
    await enqueueBatch(batch.id);
    return { batch: { id: batch.id, status: batch.status } };
  },
});
