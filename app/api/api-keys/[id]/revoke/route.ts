import { revokeApiKey } from "@/lib/api-keys/manage-api-keys";
import { idParams, route } from "@/lib/http/handle-route";

// POST /api/api-keys/:id/revoke — the key stops working at once, on every instance (admins).
export const POST = route({
  permission: "api-keys:manage",
  // No fresh code asked: shutting a key out must never wait.
  params: idParams,
  run: async (ctx, { id }) => ({ key: await revokeApiKey(ctx, id) }),
});
