import { idParams, route } from "@/lib/http/handle-route";
import { schemaTranslator } from "@/lib/i18n/schema-translator";
import { reverseJournal } from "@/lib/ledger/reverse-journal";
import { reversalSchema } from "@/lib/ledger/schemas";

// POST /api/ledger/journals/:id/reverse { reason } — posts the reversing journal (manager, admin; audited).
export const POST = route({
  permission: "ledger:reverse",
  params: idParams,
  body: async () => reversalSchema(await schemaTranslator()),
  run: async (ctx, { id, reason }) => ({ reversalId: await reverseJournal(ctx, { journalId: id, reason }) }),
  status: 201,
});
