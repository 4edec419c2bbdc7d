import { reverifyDelivery } from "@/lib/callbacks/reverify-delivery";
import { deliveryIdSchema } from "@/lib/callbacks/schemas";
import { route } from "@/lib/http/handle-route";
import { z } from "zod";

// POST /api/callbacks/[id]/reverify — ask LigdiCash again about this delivery's transaction now (manager, admin; audited).
export const POST = route({
  permission: "callbacks:read",
  params: z.object({ id: deliveryIdSchema }),
  run: async (ctx, { id }) => ({ delivery: await reverifyDelivery(ctx, { deliveryId: id }) }),
});
