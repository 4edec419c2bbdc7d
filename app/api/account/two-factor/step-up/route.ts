import { requireSession } from "@/lib/auth/current-staff";
import { proveStepUp } from "@/lib/auth/two-factor/enrol";
import { codeSchema } from "@/lib/auth/two-factor/schemas";
import { route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";

// POST /api/account/two-factor/step-up — a fresh code before an action that asks for one (anyone enrolled).
export const POST = route({
  permission: "account:security",
  body: async () => codeSchema(await schemaTranslator()),
  run: async (ctx, { code }) => {
    const { sessionId } = await requireSession();
    await proveStepUp({ ...ctx, sessionId }, { code });
  },
});
