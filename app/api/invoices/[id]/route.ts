import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { handleRoute } from "@/lib/http/handle-route";
import { checkInvoiceIfDue } from "@/lib/invoices/check-invoice";
import { viewInvoice } from "@/lib/invoices/allowed-actions";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { invoiceDeps } from "@/lib/invoices/server-deps";

type Context = { params: Promise<{ id: string }> };

// GET /api/invoices/:id — one invoice and its story. A pending one is asked about at LigdiCash
// at most every few seconds, so an open page settles even when no callback arrives.
export const GET = handleRoute<Context>(async (_request, { params }) => {
  const staff = await requireStaff("invoices:read");
  const { id } = await params;
  const { db, gateway, publicUrl } = invoiceDeps();
  await checkInvoiceIfDue(db, gateway, id);
  return NextResponse.json({ invoice: viewInvoice(await getInvoice(db, id, publicUrl), staff) });
});
