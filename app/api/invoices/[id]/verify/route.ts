import { idParams, route } from "@/lib/http/handle-route";
import { verifyInvoiceNow } from "@/lib/invoices/verify-invoice";

// POST /api/invoices/:id/verify — ask LigdiCash now (any staff) and apply what it says.
export const POST = route({
  permission: "invoices:read",
  params: idParams,
  run: async (ctx, { id }) => ({ invoice: await verifyInvoiceNow(ctx, { invoiceId: id }) }),
});
