import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InvoiceDetail } from "@/components/invoices/invoice-detail";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/app-error";
import { getInvoice } from "@/lib/invoices/get-invoice";
import { qrCodeDataUrl } from "@/lib/invoices/qr-code";
import { invoiceDeps } from "@/lib/invoices/server-deps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invoices"))("title") };
}

type Props = { params: Promise<{ id: string }> };

export default async function InvoicePage({ params }: Props) {
  const staff = await requireStaffPage("invoices:read");
  const { db, publicUrl } = invoiceDeps();
  const invoice = await getInvoice(db, (await params).id, publicUrl).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  });
  return (
    <InvoiceDetail
      initial={invoice}
      qrDataUrl={await qrCodeDataUrl(invoice.payUrl)}
      merchant={env().STORE_NAME}
      canRevoke={can(staff.role, "invoices:create")}
      canCreate={can(staff.role, "invoices:create")}
      canRefund={can(staff.role, "payouts:request")}
    />
  );
}
