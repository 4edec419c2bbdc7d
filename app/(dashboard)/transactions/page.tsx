import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExportButtons } from "@/components/transactions/export-button";
import { FiltersForm } from "@/components/transactions/filters-form";
import { TransactionsTable } from "@/components/transactions/transactions-table";
import { Card } from "@/components/ui/card";
import { DatePresets } from "@/components/ui/date-presets";
import { FiltersPanel } from "@/components/ui/filters-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { countTransactions, listTransactions } from "@/lib/transaction-history/list-transactions";
import {
  filtersToSearchParams,
  searchParamsToObject,
  transactionFiltersSchema,
} from "@/lib/transaction-history/schemas";
import { toTransactionPageDto } from "@/lib/transaction-history/transaction-dto";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("transactions"))("title") };
}

export default async function TransactionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaffPage("ledger:read");
  const [t, tc, raw] = await Promise.all([
    getTranslations("transactions"),
    getTranslations("common"),
    searchParams,
  ]);
  const values = searchParamsToObject(raw);
  const parsed = transactionFiltersSchema.safeParse(values);
  // Invalid filters keep what the person typed in the form and say which field is wrong.
  const invalidFields = parsed.success
    ? []
    : [...new Set(parsed.error.issues.map((issue) => t(`filters.${String(issue.path[0])}`)))];
  const query = parsed.success ? filtersToSearchParams(parsed.data).toString() : "";
  const [list, count] = parsed.success
    ? await Promise.all([listTransactions(db(), parsed.data), countTransactions(db(), parsed.data)])
    : [null, 0];
  const page = list ? toTransactionPageDto(list) : null;
  const active = Object.entries(values).filter(([key, value]) => value !== "" && key !== "sort").length;
  return (
    <>
      <PageHeader
        title={t("title")}
        subtitle={t("subtitle")}
        actions={page && can(staff.role, "transactions:export") ? <ExportButtons query={query} /> : null}
      />
      <Card className="mb-4">
        <FiltersPanel label={tc("filters")} active={active}>
          <FiltersForm values={values} />
        </FiltersPanel>
      </Card>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <DatePresets path="/transactions" values={values} />
        {page ? (
          <p className="text-sm text-ink-muted" role="status" data-testid="result-count">
            {t("resultCount", { count })}
          </p>
        ) : null}
      </div>
      {page ? (
        <Card>
          <TransactionsTable key={query} query={query} initial={page} />
        </Card>
      ) : (
        <p role="alert" className="rounded-lg bg-danger-soft px-4 py-3 text-sm text-danger">
          {t("filters.invalid", { fields: invalidFields.join(", ") })}
        </p>
      )}
    </>
  );
}
