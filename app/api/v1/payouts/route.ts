import { NextResponse } from "next/server";
import { readIdempotentBody } from "@/lib/api-v1/idempotency-header";
import { toApiPayout } from "@/lib/api-v1/payout-resource";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput } from "@/lib/http/parse-input";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { configuredAmountLimits } from "@/lib/ligdicash";
import { announceAwaitingRequest } from "@/lib/payouts/announce-request";
import { requestPayoutSchema } from "@/lib/payouts/schemas";
import { submitPayout } from "@/lib/payouts/submit-payout";

// POST /api/v1/payouts — a refund of an invoice or a payout to a mobile-money number (scope payouts:write).
// The console's schema and operation, on behalf of the key's creator: the same approval rules (a
// request over the threshold waits for a manager, who is e-mailed) and one LigdiCash call per
// Idempotency-Key, whatever the retries.
export const POST = apiRoute({
  scope: "payouts:write",
  run: async (ctx, _input, request) => {
    const body = await readIdempotentBody(request, ctx.apiCaller.keyId);
    const input = parseInput(requestPayoutSchema(configuredAmountLimits(), await schemaTranslator()), body);
    const submitted = await submitPayout(ctx, input);
    announceAwaitingRequest(ctx, submitted);
    return NextResponse.json(toApiPayout(submitted.payout), { status: submitted.created ? 201 : 200 });
  },
});
