import { route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { createEndpoint, listEndpoints } from "@/lib/webhooks/manage-endpoints";
import { createEndpointSchema } from "@/lib/webhooks/schemas";

// GET /api/webhooks/endpoints — where verified changes are sent (admins).
export const GET = route({
  permission: "webhooks:manage",
  run: async (ctx) => ({ endpoints: await listEndpoints(ctx.db) }),
});

// POST /api/webhooks/endpoints — a new endpoint; its signing secret is in this answer only (admins).
export const POST = route({
  permission: "webhooks:manage",
  // A key or a signing secret opens money and data to another system: a fresh code first.
  stepUp: true,
  body: async () => createEndpointSchema(await schemaTranslator()),
  run: (ctx, input) => createEndpoint(ctx, input),
  status: 201,
});
