import { getTranslations } from "next-intl/server";
import { receiptText } from "@/components/pay/receipt-text";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findReceipt } from "@/lib/invoices/receipt";
import { renderReceiptPdf } from "@/lib/invoices/receipt-pdf";

type Context = { params: Promise<{ receiptId: string }> };

// GET /pay/receipt/:receiptId/pdf — public: the receipt as a PDF, only while its invoice is
// verified paid; anything else is a plain 404 (the id says nothing about whether it exists).
export async function GET(_request: Request, { params }: Context) {
  const { receiptId } = await params;
  const receipt = await findReceipt(db(), receiptId);
  if (!receipt)
    return new Response((await getTranslations("pay.notFound"))("title"), {
      status: 404,
      headers: { "Content-Type": "text/plain; charset=utf-8" },
    });
  const pdf = await renderReceiptPdf(await receiptText(receipt, env().STORE_NAME));
  const name = `${(await getTranslations("pay.receipt"))("fileName")}-${receipt.reference.replace(/[^A-Za-z0-9_-]/g, "")}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
