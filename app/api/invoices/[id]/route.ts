import { idParams, route } from "@/lib/http/handle-route";
import { viewInvoice } from "@/lib/invoices/allowed-actions";
import { showInvoice } from "@/lib/invoices/get-invoice";

// GET /api/invoices/:id — one invoice and its story. A pending one is asked about at LigdiCash
// at most every few seconds, so an open page settles even when no callback arrives.
export const GET = route({
  permission: "invoices:read",
  params: idParams,
  run: async (ctx, { id }) => ({
    invoice: viewInvoice(await showInvoice(ctx, { invoiceId: id }), ctx.staff),
  }),
});
