import { route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { configuredAmountLimits } from "@/lib/ligdicash";
import { previewBatch } from "@/lib/payout-batches/preview-batch";
import { BATCH_BODY_LIMIT, batchFileSchema } from "@/lib/payout-batches/schemas";

// POST /api/payout-batches/preview — every line checked, totals by operator; stores nothing.
export const POST = route({
  permission: "payouts:request",
  maxBody: BATCH_BODY_LIMIT,
  body: async () => batchFileSchema(await schemaTranslator()),
  run: async (ctx, input) => previewBatch(ctx.db, input, configuredAmountLimits(), await schemaTranslator()),
});
