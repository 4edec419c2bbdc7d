import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { handleRoute } from "@/lib/http/handle-route";
import { auditContext } from "@/lib/http/request-context";
import { viewInvoice } from "@/lib/invoices/allowed-actions";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { revokeInvoice } from "@/lib/invoices/revoke-invoice";
import { invoiceDeps } from "@/lib/invoices/server-deps";

type Context = { params: Promise<{ id: string }> };

// POST /api/invoices/:id/revoke — the customer link stops working (audited).
export const POST = handleRoute<Context>(async (request, { params }) => {
  const staff = await requireStaff("invoices:create");
  const { id } = await params;
  const { db, publicUrl } = invoiceDeps();
  const { actor, ip } = auditContext(staff, request);
  await revokeInvoice(db, actor, id, ip);
  return NextResponse.json({ invoice: viewInvoice(await getInvoice(db, id, publicUrl), staff) });
});
