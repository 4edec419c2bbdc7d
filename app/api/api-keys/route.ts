import { createApiKey, listApiKeys } from "@/lib/api-keys/manage-api-keys";
import { createApiKeySchema } from "@/lib/api-keys/schemas";
import { route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";

// GET /api/api-keys — every key, never a secret (admins).
export const GET = route({
  permission: "api-keys:manage",
  run: async (ctx) => ({ keys: await listApiKeys(ctx.db) }),
});

// POST /api/api-keys — a new key; its secret is in this answer only (admins).
export const POST = route({
  permission: "api-keys:manage",
  // A key or a signing secret opens money and data to another system: a fresh code first.
  stepUp: true,
  body: async () => createApiKeySchema(await schemaTranslator()),
  run: (ctx, input) => createApiKey(ctx, input),
  status: 201,
});
