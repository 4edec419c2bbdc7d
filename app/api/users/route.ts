import { route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { createUserSchema } from "@/lib/users/schemas";

// GET /api/users — every staff account (admin).
export const GET = route({
  permission: "users:manage",
  run: async (ctx) => ({ users: await listUsers(ctx.db) }),
});

// POST /api/users — create a staff account (admin).
export const POST = route({
  permission: "users:manage",
  body: async () => createUserSchema(await schemaTranslator()),
  run: async (ctx, input) => ({ user: await createUser(ctx, input) }),
  status: 201,
});
