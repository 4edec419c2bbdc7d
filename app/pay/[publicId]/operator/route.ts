import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { chooseAnyOperator } from "@/lib/invoices/choose-any-operator";
import { appServices } from "@/lib/app-services";

type Context = { params: Promise<{ publicId: string }> };

// POST /pay/:publicId/operator — public ("Payer avec un autre opérateur"): replaces a LigdiCash
// page narrowed to the pre-selected number by one offering every operator, only while the old one
// was never opened. Always 303 back to the link's page, which shows what is now true.
export async function POST(_request: Request, { params }: Context) {
  const { publicId } = await params;
  if (/^[A-Za-z0-9_-]{10,64}$/.test(publicId)) await chooseAnyOperator(appServices(), { publicId });
  const page = new URL(`/pay/${encodeURIComponent(publicId)}`, env().CAISSE_PUBLIC_URL).href;
  return NextResponse.redirect(page, { status: 303, headers: { "Cache-Control": "no-store" } });
}
