import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { retryPayment } from "@/lib/invoices/retry-payment";
import { appServices } from "@/lib/app-services";

type Context = { params: Promise<{ publicId: string }> };

// POST /pay/:publicId/retry — public ("Réessayer"): a new LigdiCash invoice for a link whose last
// one was verified not completed; at most one attempt in flight, never on a paid link. Always
// 303 back to the link's page, which shows what is now true (pay button, paid, or why not).
export async function POST(_request: Request, { params }: Context) {
  const { publicId } = await params;
  if (/^[A-Za-z0-9_-]{10,64}$/.test(publicId)) await retryPayment(appServices(), { publicId });
  const page = new URL(`/pay/${encodeURIComponent(publicId)}`, env().CAISSE_PUBLIC_URL).href;
  return NextResponse.redirect(page, { status: 303, headers: { "Cache-Control": "no-store" } });
}
