import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InvoiceTable } from "@/components/invoices/invoice-table";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { listInvoices } from "@/lib/invoices/list-invoices";
import { INVOICE_DISPLAY_STATES } from "@/lib/invoices/display-state";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invoices"))("title") };
}

type Props = { searchParams: Promise<{ status?: string }> };

export default async function InvoicesPage({ searchParams }: Props) {
  const staff = await requireStaffPage("invoices:read");
  const requested = (await searchParams).status;
  // An unknown state in the address (an old bookmark's `?status=pending`) shows everything
  // rather than an error page.
  const status = INVOICE_DISPLAY_STATES.find((s) => s === requested);
  const [t, page] = await Promise.all([
    getTranslations("invoices"),
    listInvoices(db(), { status, limit: 25 }),
  ]);
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={
          can(staff.role, "invoices:create") ? (
            <Link
              href="/invoices/new"
              className="inline-flex items-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
            >
              + {t("new")}
            </Link>
          ) : null
        }
      />
      <Card>
        <InvoiceTable key={status ?? "all"} status={status} initial={page} />
      </Card>
    </>
  );
}
