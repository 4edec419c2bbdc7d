import { toApiInvoice } from "@/lib/api-v1/invoice-resource";
import { readIdempotentBody } from "@/lib/api-v1/idempotency-header";
import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api-route";
import { parseInput } from "@/lib/http/parse-input";
import { createInvoice } from "@/lib/invoices/create-invoice";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { listInvoices } from "@/lib/invoices/list-invoices";
import { invoiceInputSchema, listInvoicesSchema } from "@/lib/invoices/schemas";
import { amountLimits, schemaTranslator } from "@/lib/invoices/server-deps";

// POST /api/v1/invoices — a shop's backend creates an invoice and its pay link (scope invoices:write).
// The console's schema and operation: one LigdiCash call per Idempotency-Key, whatever the retries.
export const POST = apiRoute({
  scope: "invoices:write",
  run: async (ctx, _input, request) => {
    const body = await readIdempotentBody(request, ctx.apiCaller.keyId);
    const input = parseInput(invoiceInputSchema(amountLimits(), await schemaTranslator()), body);
    const created = await createInvoice(ctx, input);
    const invoice = toApiInvoice(await getInvoice(ctx.db, created.id, ctx.publicUrl));
    return NextResponse.json(invoice, { status: created.replayed ? 200 : 201 });
  },
});

// GET /api/v1/invoices?status&cursor&limit — newest first (scope read).
export const GET = apiRoute({
  scope: "read",
  query: async () => listInvoicesSchema(await schemaTranslator()),
  run: async (ctx, input) => {
    const page = await listInvoices(ctx.db, input);
    return { object: "list", data: page.invoices.map((i) => toApiInvoice(i)), next_cursor: page.nextCursor };
  },
});
