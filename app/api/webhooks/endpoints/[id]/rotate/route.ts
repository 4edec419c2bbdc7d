import { idParams, route } from "@/lib/http/handle-route";
import { rotateEndpointSecret } from "@/lib/webhooks/manage-endpoints";

// POST /api/webhooks/endpoints/:id/rotate — a new secret, the old one signing beside it for a day (admins).
export const POST = route({
  permission: "webhooks:manage",
  params: idParams,
  run: (ctx, { id }) => rotateEndpointSecret(ctx, id),
});
