import { idParams, route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { resetPassword } from "@/lib/users/reset-password";
import { resetPasswordSchema } from "@/lib/users/schemas";

// POST /api/users/:id/password — set a new password; the person is signed out everywhere (admin).
export const POST = route({
  permission: "users:manage",
  params: idParams,
  body: async () => resetPasswordSchema(await schemaTranslator()),
  run: (ctx, { id, password }) => resetPassword(ctx, { userId: id, password }),
});
