import { z } from "zod";
import { idParams, route } from "@/lib/http/handle-route";
import { setEndpointEnabled } from "@/lib/webhooks/manage-endpoints";

// POST /api/webhooks/endpoints/:id/enabled {enabled} — pause or resume sending to it (admins).
export const POST = route({
  permission: "webhooks:manage",
  params: idParams,
  body: z.object({ enabled: z.boolean() }),
  run: async (ctx, { id, enabled }) => ({ endpoint: await setEndpointEnabled(ctx, id, enabled) }),
});
