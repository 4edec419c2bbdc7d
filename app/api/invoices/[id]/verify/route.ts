import { NextResponse } from "next/server";
import { requireStaff } from "@/lib/auth/current-staff";
import { AppError } from "@/lib/http/app-error";
import { handleRoute } from "@/lib/http/handle-route";
import { viewInvoice } from "@/lib/invoices/allowed-actions";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { invoiceDeps } from "@/lib/invoices/server-deps";
import { LigdicashError } from "@/lib/ligdicash";
import { verifyTransaction } from "@/lib/settlement/verify-transaction";

type Context = { params: Promise<{ id: string }> };

// POST /api/invoices/:id/verify — ask LigdiCash now (any staff) and apply what it says.
export const POST = handleRoute<Context>(async (_request, { params }) => {
  const staff = await requireStaff("invoices:read");
  const { id } = await params;
  const { db, gateway, publicUrl } = invoiceDeps();
  try {
    const result = await verifyTransaction(db, gateway, id, "invoice");
    if (result.result === "not_found") throw new AppError("not_found");
  } catch (error) {
    if (!(error instanceof LigdicashError)) throw error;
    throw new AppError(error.code === "timeout" ? "gateway_timeout" : "gateway_error", {
      gatewayCode: error.code,
    });
  }
  return NextResponse.json({ invoice: viewInvoice(await getInvoice(db, id, publicUrl), staff) });
});
