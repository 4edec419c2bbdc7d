import { route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { setApprovalSettings } from "@/lib/settings/approval-settings";
import { approvalSettingsSchema } from "@/lib/settings/schemas";

// PUT /api/payouts/settings — change the approval threshold and the rolling 24 h total (admin).
export const PUT = route({
  permission: "settings:manage",
  body: async () => approvalSettingsSchema(await schemaTranslator()),
  run: (ctx, input) => setApprovalSettings(ctx, input),
});
