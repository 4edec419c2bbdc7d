import { route } from "@/lib/http/handle-route";
import { listTransactions } from "@/lib/transaction-history/list-transactions";
import { cursorSchema, transactionFiltersSchema } from "@/lib/transaction-history/schemas";
import { toTransactionPageDto } from "@/lib/transaction-history/transaction-dto";

// GET /api/transactions?type=&status=&operator=&from=&to=&minAmount=&maxAmount=&phone=&q=&sort=&cursor=
// — one keyset page of payins, refunds and payouts (ledger:read).
export const GET = route({
  permission: "ledger:read",
  query: transactionFiltersSchema.extend({ cursor: cursorSchema }),
  run: async (ctx, { cursor, ...filters }) =>
    toTransactionPageDto(await listTransactions(ctx.db, filters, { cursor })),
});
