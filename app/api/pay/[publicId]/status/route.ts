import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { checkInvoiceIfDue } from "@/lib/invoices/check-invoice";
import { linkStatus } from "@/lib/invoices/link-status";
import { findPublicInvoice } from "@/lib/invoices/public-invoice";
import { invoiceDeps } from "@/lib/invoices/server-deps";

type Context = { params: Promise<{ publicId: string }> };

// GET /api/pay/:publicId/status — public: the verified state of a customer's link. LigdiCash is
// asked at most once every few seconds per invoice, whoever polls; only customer-safe fields out.
export const GET = handleRoute<Context>(async (_request, { params }) => {
  const { publicId } = await params;
  const { db, gateway } = invoiceDeps();
  const found = await findPublicInvoice(db, publicId);
  if (!found) throw new AppError("not_found");
  if (found.view.state !== "paid" && found.view.state !== "notcompleted") await checkInvoiceIfDue(db, gateway, found.internal.id);
  const fresh = (await findPublicInvoice(db, publicId))?.view ?? found.view;
  return NextResponse.json(
    { ...linkStatus(fresh), amount: fresh.totalAmount, merchant: env().STORE_NAME },
    { headers: { "Cache-Control": "no-store" } },
  );
});
