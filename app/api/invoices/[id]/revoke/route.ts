import { idParams, route } from "@/lib/http/handle-route";
import { viewInvoice } from "@/lib/invoices/allowed-actions";
import { revokeInvoice } from "@/lib/invoices/revoke-invoice";

// POST /api/invoices/:id/revoke — the customer link stops working (audited).
export const POST = route({
  permission: "invoices:create",
  params: idParams,
  run: async (ctx, { id }) => ({
    invoice: viewInvoice(await revokeInvoice(ctx, { invoiceId: id }), ctx.staff),
  }),
});
