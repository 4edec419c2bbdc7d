import { resetTwoFactor } from "@/lib/auth/two-factor/reset-two-factor";
import { idParams, route } from "@/lib/http/handle-route";

// DELETE /api/users/:id/two-factor — remove someone's authenticator (a lost phone); they enrol again (admin, fresh code).
export const DELETE = route({
  permission: "users:manage",
  stepUp: true,
  params: idParams,
  run: (ctx, { id }) => resetTwoFactor(ctx, { userId: id }),
});
