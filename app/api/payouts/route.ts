import { route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { configuredAmountLimits } from "@/lib/ligdicash";
import { announceAwaitingRequest } from "@/lib/payouts/announce-request";
import { listPayouts } from "@/lib/payouts/list-payouts";
import { recoverStuckPayouts } from "@/lib/payouts/recover-stuck-payouts";
import { payoutFiltersSchema, requestPayoutSchema } from "@/lib/payouts/schemas";
import { submitPayout } from "@/lib/payouts/submit-payout";

// GET /api/payouts?status&invoice&cursor — payouts and refunds, newest first (every role).
export const GET = route({
  permission: "payouts:read",
  query: payoutFiltersSchema,
  run: async (ctx, filters) => {
    await recoverStuckPayouts(ctx.db);
    return listPayouts(ctx.db, filters);
  },
});

// POST /api/payouts — store a refund/payout intent, then send it unless it needs approval (finance, manager, admin);
// a new request that awaits approval is e-mailed to the approvers after the answer.
export const POST = route({
  permission: "payouts:request",
  body: async () => requestPayoutSchema(configuredAmountLimits(), await schemaTranslator()),
  run: async (ctx, input) => {
    const submitted = await submitPayout(ctx, input);
    announceAwaitingRequest(ctx, submitted);
    return submitted;
  },
  status: (result) => (result.created ? 201 : 200),
});
