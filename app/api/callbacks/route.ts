import { listDeliveries } from "@/lib/callbacks/list-deliveries";
import { callbackFiltersSchema } from "@/lib/callbacks/schemas";
import { route } from "@/lib/http/handle-route";

// GET /api/callbacks?outcome&transaction&cursor — LigdiCash deliveries, claim beside verified truth (manager, admin).
export const GET = route({
  permission: "callbacks:read",
  query: callbackFiltersSchema,
  run: (ctx, filters) => listDeliveries(ctx.db, filters),
});
