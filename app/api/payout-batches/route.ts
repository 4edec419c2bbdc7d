import { route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { configuredAmountLimits } from "@/lib/ligdicash";
import { enqueueBatch } from "@/lib/jobs/payout-batch-queue";
import { createBatch } from "@/lib/payout-batches/create-batch";
import { listBatches } from "@/lib/payout-batches/list-batches";
import { BATCH_BODY_LIMIT, createBatchSchema } from "@/lib/payout-batches/schemas";

// GET /api/payout-batches — bulk payouts, newest first, with their progress (every role).
export const GET = route({
  permission: "payouts:read",
  run: async (ctx) => ({ batches: await listBatches(ctx.db) }),
});

// POST /api/payout-batches — store a checked sheet as one batch; sent at once when no approval is needed.
export const POST = route({
  permission: "payouts:request",
  maxBody: BATCH_BODY_LIMIT,
  body: async () => createBatchSchema(await schemaTranslator()),
  run: async (ctx, input) => {
    const { batch, created } = await createBatch(
      ctx,
      input,
      configuredAmountLimits(),
      await schemaTranslator(),
    );
    if (batch.status === "sending") await enqueueBatch(batch.id);
    return { batch: { id: batch.id, status: batch.status }, created };
  },
  status: (result) => (result.created ? 201 : 200),
});
