import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { Card } from "@/components/ui/card";
import { FiltersPanel } from "@/components/ui/filters-panel";
import { PageHeader } from "@/components/ui/page-header";
import { listAudit } from "@/lib/audit/list-audit";
import { auditFiltersSchema } from "@/lib/audit/schemas";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaffPage("audit:read");
  const params = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  // A hand-edited URL with a bad filter shows the unfiltered trail rather than an error page.
  const parsed = auditFiltersSchema.safeParse(params);
  const filters = parsed.success ? parsed.data : {};
  const [t, tc, page] = await Promise.all([
    getTranslations("audit"),
    getTranslations("common"),
    listAudit(db(), filters),
  ]);
  const active = Object.entries(filters).filter(([key, value]) => key !== "before" && value).length;
  const query = (before?: string) => {
    const search = new URLSearchParams(
      Object.entries({ ...filters, before }).filter(
        (e): e is [string, string] => typeof e[1] === "string" && e[1] !== "",
      ),
    );
    return `/audit?${search.toString()}`;
  };
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card>
        <FiltersPanel label={tc("filters")} active={active}>
          <AuditFilters filters={filters} />
        </FiltersPanel>
        <AuditTable rows={page.rows} technical={can(staff.role, "gateway:details")} />
        <nav className="flex justify-between border-t border-surface-line px-5 py-3 text-sm">
          {filters.before ? (
            <a href={query()} className="text-brand-700 hover:underline">
              {t("newest")}
            </a>
          ) : (
            <span />
          )}
          {page.nextBefore ? (
            <a href={query(page.nextBefore)} className="text-brand-700 hover:underline">
              {t("older")}
            </a>
          ) : null}
        </nav>
      </Card>
    </>
  );
}
