import { idParams, route } from "@/lib/http/handle-route";
import { revokeInvoice } from "@/lib/invoices/revoke-invoice";

// POST /api/invoices/:id/revoke — the customer link stops working (audited).
export const POST = route({
  permission: "invoices:create",
  params: idParams,
  run: async (ctx, { id }) => ({ invoice: await revokeInvoice(ctx, { invoiceId: id }) }),
});
