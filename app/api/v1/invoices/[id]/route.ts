import { toApiInvoice } from "@/lib/api-v1/invoice-resource";
import { apiRoute } from "@/lib/http/api-route";
import { idParams } from "@/lib/http/handle-route";
import { getInvoice } from "@/lib/invoices/get-invoice";

// GET /api/v1/invoices/:id — one invoice, its state verified with LigdiCash (scope read).
export const GET = apiRoute({
  scope: "read",
  params: idParams,
  run: async (ctx, { id }) => toApiInvoice(await getInvoice(ctx.db, id, ctx.publicUrl)),
});
