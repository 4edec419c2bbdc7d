import { idParams, route } from "@/lib/http/handle-route";
import { rotateEndpointSecret } from "@/lib/webhooks/manage-endpoints";

// POST /api/webhooks/endpoints/:id/rotate — a new secret, the old one signing beside it for a day (admins).
export const POST = route({
  permission: "webhooks:manage",
  // A key or a signing secret opens money and data to another system: a fresh code first.
  stepUp: true,
  params: idParams,
  run: (ctx, { id }) => rotateEndpointSecret(ctx, id),
});
