import { idParams, route } from "@/lib/http/handle-route";
import { updateUserSchema } from "@/lib/users/schemas";
import { updateUser } from "@/lib/users/update-user";

// PATCH /api/users/:id — change role or deactivate/reactivate (admin; never the last active admin).
export const PATCH = route({
  permission: "users:manage",
  stepUp: true,
  params: idParams,
  body: updateUserSchema,
  run: async (ctx, { id, ...change }) => ({ user: await updateUser(ctx, { userId: id, ...change }) }),
});
