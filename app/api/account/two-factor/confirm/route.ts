import { requireSession } from "@/lib/auth/current-staff";
import { confirmEnrolment } from "@/lib/auth/two-factor/enrol";
import { codeSchema } from "@/lib/auth/two-factor/schemas";
import { route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";

// POST /api/account/two-factor/confirm — the first code from the app turns two-factor sign-in on;
// answers the ten recovery codes, the only time they are shown.
export const POST = route({
  permission: "account:security",
  body: async () => codeSchema(await schemaTranslator()),
  run: async (ctx, { code }) => {
    const { sessionId } = await requireSession();
    return { recoveryCodes: await confirmEnrolment({ ...ctx, sessionId }, { code }) };
  },
});
