import { idParams, route } from "@/lib/http/handle-route";
import { viewInvoice } from "@/lib/invoices/allowed-actions";
import { verifyInvoiceNow } from "@/lib/invoices/verify-invoice";

// POST /api/invoices/:id/verify — ask LigdiCash now (any staff) and apply what it says.
export const POST = route({
  permission: "invoices:read",
  params: idParams,
  run: async (ctx, { id }) => ({
    invoice: viewInvoice(await verifyInvoiceNow(ctx, { invoiceId: id }), ctx.staff),
  }),
});
