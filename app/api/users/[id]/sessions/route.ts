import { idParams, route } from "@/lib/http/handle-route";
import { endUserSessions } from "@/lib/users/end-user-sessions";

// DELETE /api/users/:id/sessions — sign the person out everywhere (admin).
export const DELETE = route({
  permission: "users:manage",
  params: idParams,
  run: async (ctx, { id }) => ({ ended: await endUserSessions(ctx, { userId: id }) }),
});
