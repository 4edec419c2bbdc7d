import { twoFactorPolicySchema } from "@/lib/auth/two-factor/policy";
import { setTwoFactorForAllRoles } from "@/lib/auth/two-factor/set-policy";
import { route } from "@/lib/http/handle-route";

// PUT /api/settings/two-factor — ask every role, not only those who move money, for a second factor (admin).
export const PUT = route({
  permission: "settings:manage",
  body: twoFactorPolicySchema,
  run: (ctx, input) => setTwoFactorForAllRoles(ctx, input),
});
