import { route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { listDeliveries } from "@/lib/webhooks/list-deliveries";
import { listDeliveriesSchema } from "@/lib/webhooks/schemas";

// GET /api/webhooks/deliveries?endpoint&event&outcome — the newest deliveries and their attempts (admins).
export const GET = route({
  permission: "webhooks:manage",
  query: async () => listDeliveriesSchema(await schemaTranslator()),
  run: async (ctx, filters) => ({ deliveries: await listDeliveries(ctx.db, filters) }),
});
