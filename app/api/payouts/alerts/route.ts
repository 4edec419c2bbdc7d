import { balanceThresholdsSchema } from "@/lib/balance-alerts/schemas";
import { setBalanceThresholds } from "@/lib/balance-alerts/set-thresholds";
import { route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";

// PUT /api/payouts/alerts — set or remove each sub-account's low-balance threshold (manager, admin).
export const PUT = route({
  permission: "alerts:manage",
  body: async () => balanceThresholdsSchema(await schemaTranslator()),
  run: async (ctx, input) => ({ alerts: await setBalanceThresholds(ctx, input) }),
});
