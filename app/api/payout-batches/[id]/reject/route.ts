import { idParams, route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { rejectBatch } from "@/lib/payout-batches/decide-batch";
import { batchRejectionSchema } from "@/lib/payout-batches/schemas";

// POST /api/payout-batches/:id/reject — another manager refuses the batch, with a note (manager, admin).
export const POST = route({
  permission: "payouts:approve",
  params: idParams,
  body: async () => batchRejectionSchema(await schemaTranslator()),
  run: async (ctx, { id, note }) => {
    const batch = await rejectBatch(ctx, { batchId: id, note });
    return { batch: { id: batch.id, status: batch.status } };
  },
});
