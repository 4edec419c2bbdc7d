import { route } from "@/lib/http/handle-route";
import { getLedgerPage } from "@/lib/ledger/get-ledger-page";
import { ledgerQuerySchema } from "@/lib/ledger/schemas";

// GET /api/ledger?cursor&pending=all — balances per operator sub-account, what waits on LigdiCash,
// and journals, newest first (every role).
export const GET = route({
  permission: "ledger:read",
  query: ledgerQuerySchema,
  run: (ctx, query) => getLedgerPage(ctx.db, query),
});
