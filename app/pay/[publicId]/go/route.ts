import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { openCheckout } from "@/lib/invoices/choose-any-operator";
import { appServices } from "@/lib/app-services";

type Context = { params: Promise<{ publicId: string }> };

// GET /pay/:publicId/go — public: 303 to LigdiCash's payment page while the link may be paid
// (checked now, so a link revoked or expired since the page loaded goes nowhere), marking the
// page opened; otherwise back to the link's page, which says why. The payment URL never appears
// in our HTML.
export async function GET(_request: Request, { params }: Context) {
  const { publicId } = await params;
  const paymentUrl = /^[A-Za-z0-9_-]{10,64}$/.test(publicId)
    ? await openCheckout(appServices().db, publicId)
    : null;
  const target = paymentUrl ?? new URL(`/pay/${encodeURIComponent(publicId)}`, env().CAISSE_PUBLIC_URL).href;
  return NextResponse.redirect(target, { status: 303, headers: { "Cache-Control": "no-store" } });
}
