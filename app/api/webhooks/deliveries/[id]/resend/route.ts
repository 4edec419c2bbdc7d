import { idParams, route } from "@/lib/http/handle-route";
import { resendDelivery } from "@/lib/webhooks/manage-endpoints";

// POST /api/webhooks/deliveries/:id/resend — "Renvoyer": sent again by the next pass (admins).
export const POST = route({
  permission: "webhooks:manage",
  params: idParams,
  run: (ctx, { id }) => resendDelivery(ctx, id),
});
