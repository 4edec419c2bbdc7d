import { idParams, route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { loadPayoutDto } from "@/lib/payouts/load-payout";
import { resolvePayoutManually } from "@/lib/payouts/resolve-payout-manually";
import { manualResolutionSchema } from "@/lib/payouts/schemas";

// POST /api/payouts/:id/resolve — mark a tokenless unknown-outcome payout as paid or failed after
// checking the LigdiCash dashboard; never sends anything (manager, admin; never the requester).
export const POST = route({
  permission: "payouts:approve",
  stepUp: true,
  params: idParams,
  body: async () => manualResolutionSchema(await schemaTranslator()),
  run: async (ctx, { id, ...outcome }) => {
    await resolvePayoutManually(ctx, { payoutId: id, ...outcome });
    return { payout: await loadPayoutDto(ctx.db, id) };
  },
});
