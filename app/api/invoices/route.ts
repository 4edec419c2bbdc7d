import { route } from "@/lib/http/handle-route";
import { createInvoice } from "@/lib/invoices/create-invoice";
import { listInvoices } from "@/lib/invoices/list-invoices";
import { invoiceInputSchema, listInvoicesSchema } from "@/lib/invoices/schemas";
import { amountLimits, schemaTranslator } from "@/lib/invoices/server-deps";

// GET /api/invoices?q=&status=&from=&to=&cursor=&limit= — newest first, keyset pages (any staff).
export const GET = route({
  permission: "invoices:read",
  query: async () => listInvoicesSchema(await schemaTranslator()),
  run: (ctx, input) => listInvoices(ctx.db, input),
});

// POST /api/invoices — store the invoice, then create its LigdiCash payin once (idempotency key).
export const POST = route({
  permission: "invoices:create",
  body: async () => invoiceInputSchema(amountLimits(), await schemaTranslator()),
  run: async (ctx, input) => ({ invoice: await createInvoice(ctx, input) }),
  status: ({ invoice }) => (invoice.replayed ? 200 : 201),
});
