import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { db } from "@/lib/db";
import { handleRoute } from "@/lib/http/handle-route";
import { parseInput, readJson } from "@/lib/http/parse-input";
import { auditContext } from "@/lib/http/request-context";
import { currentLocale } from "@/lib/i18n/current-locale";
import { createInvoice } from "@/lib/invoices/create-invoice";
import { listInvoices } from "@/lib/invoices/list-invoices";
import { invoiceInputSchema, listInvoicesSchema } from "@/lib/invoices/schemas";
import { amountLimits, invoiceDeps, schemaTranslator } from "@/lib/invoices/server-deps";

// GET /api/invoices?status=&cursor=&limit= — newest first, keyset pages (any staff).
export const GET = handleRoute(async (request) => {
  await requireStaff("invoices:read");
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const input = parseInput(listInvoicesSchema(await schemaTranslator()), query, await currentLocale());
  return NextResponse.json(await listInvoices(db(), input));
});

// POST /api/invoices — store the invoice, then create its LigdiCash payin once (idempotency key).
export const POST = handleRoute(async (request) => {
  const staff = await requireStaff("invoices:create");
  const schema = invoiceInputSchema(amountLimits(), await schemaTranslator());
  const input = parseInput(schema, await readJson(request), await currentLocale());
  const { actor, ip } = auditContext(staff, request);
  const invoice = await createInvoice(invoiceDeps(), { ...actor, id: staff.id }, input, ip);
  return NextResponse.json({ invoice }, { status: invoice.replayed ? 200 : 201 });
});
