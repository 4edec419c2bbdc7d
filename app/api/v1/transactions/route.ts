import { apiTransactionQuerySchema, toApiTransaction } from "@/lib/api-v1/transaction-resource";
import { apiRoute } from "@/lib/http/api-route";
import { listTransactions } from "@/lib/transaction-history/list-transactions";

// GET /api/v1/transactions?type&status&operator&from&to&minAmount&maxAmount&phone&q&sort&cursor&limit
// — the console's transaction history: payins, refunds and payouts, one keyset page (scope read).
export const GET = apiRoute({
  scope: "read",
  query: apiTransactionQuerySchema,
  run: async (ctx, { cursor, limit, ...filters }) => {
    const page = await listTransactions(ctx.db, filters, { cursor, limit });
    return { object: "list", data: page.rows.map(toApiTransaction), next_cursor: page.nextCursor };
  },
});
