import { idParams, route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { rejectPayout } from "@/lib/payouts/approve-payout";
import { rejectionSchema } from "@/lib/payouts/schemas";

// POST /api/payouts/:id/reject — reject someone else's request with a note (manager, admin).
export const POST = route({
  permission: "payouts:approve",
  params: idParams,
  body: async () => rejectionSchema(await schemaTranslator()),
  run: async (ctx, { id, note }) => ({ payout: await rejectPayout(ctx, { payoutId: id, note }) }),
});
