import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InvoiceDetail } from "@/components/invoices/invoice-detail";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { pageContext } from "@/lib/http/request-context";
import { viewInvoice } from "@/lib/invoices/allowed-actions";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { qrCodeDataUrl } from "@/lib/invoices/qr-code";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invoices"))("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function InvoicePage({ params }: Props) {
  const ctx = await pageContext("invoices:read");
  const { staff } = ctx;
  const invoice = await getInvoice(ctx.db, (await params).id, ctx.publicUrl).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <InvoiceDetail
      initial={viewInvoice(invoice, staff)}
      qrDataUrl={await qrCodeDataUrl(invoice.payUrl)}
      merchant={env().STORE_NAME}
    />
  );
}
