import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InvoiceFilters } from "@/components/invoices/invoice-filters";
import { InvoiceTable } from "@/components/invoices/invoice-table";
import { Card } from "@/components/ui/card";
import { DatePresets } from "@/components/ui/date-presets";
import { FiltersPanel } from "@/components/ui/filters-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { INVOICE_DISPLAY_STATES } from "@/lib/invoices/display-state";
import { countInvoices, listInvoices } from "@/lib/invoices/list-invoices";
import { listInvoicesSchema } from "@/lib/invoices/schemas";
import { schemaTranslator } from "@/lib/invoices/server-deps";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("invoices"))("title") };
}

const FILTER_KEYS = ["q", "status", "from", "to"] as const;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function InvoicesPage({ searchParams }: Props) {
  const staff = await requireStaffPage("invoices:read");
  const [t, tc, raw] = await Promise.all([
    getTranslations("invoices"),
    getTranslations("common"),
    searchParams,
  ]);
  const values: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = Array.isArray(raw[key]) ? raw[key][0] : raw[key];
    if (typeof value === "string" && value.trim() !== "") values[key] = value;
  }
  // An unknown state in the address (an old bookmark's `?status=pending`) shows every state
  // rather than an error; a wrong day or search says so and keeps what was typed.
  if (values.status && !INVOICE_DISPLAY_STATES.some((s) => s === values.status)) delete values.status;
  const parsed = listInvoicesSchema(await schemaTranslator()).safeParse({ ...values, limit: 25 });
  const filters = parsed.success ? parsed.data : null;
  const [page, count] = filters
    ? await Promise.all([listInvoices(db(), filters), countInvoices(db(), filters)])
    : [null, 0];
  const query = new URLSearchParams(values).toString();
  const active = Object.keys(values).length;
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
      <Card className="mb-4">
        <FiltersPanel label={tc("filters")} active={active}>
          <InvoiceFilters values={values} />
        </FiltersPanel>
      </Card>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <DatePresets path="/invoices" values={values} />
        {page ? (
          <p className="text-sm text-ink-muted" role="status" data-testid="invoice-count">
            {t("count", { count })}
          </p>
        ) : null}
      </div>
      {page && filters ? (
        <Card>
          <InvoiceTable key={query} filters={values} filtered={active > 0} initial={page} />
        </Card>
      ) : (
        <p role="alert" className="rounded-lg bg-danger-soft px-4 py-3 text-sm text-danger">
          {t("search.invalid", {
            fields: [...new Set(parsed.error?.issues.map((issue) => issue.message))].join(", "),
          })}
        </p>
      )}
    </>
  );
}
