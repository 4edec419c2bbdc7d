import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CallbacksTable } from "@/components/callbacks/callbacks-table";
import { Card } from "@/components/ui/card";
import { FiltersPanel } from "@/components/ui/filters-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireStaffPage } from "@/lib/auth/current-staff";
import { listDeliveries } from "@/lib/callbacks/list-deliveries";
import { CALLBACK_OUTCOMES, callbackFiltersSchema } from "@/lib/callbacks/schemas";
import { db } from "@/lib/db";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("callbacks"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const input =
  "block w-full rounded-lg border border-surface-line bg-surface px-3 py-2 text-sm text-ink shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200";

export default async function CallbacksPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaffPage("callbacks:read");
  const params = Object.fromEntries(
    Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
  );
  // A hand-edited URL with a bad filter shows every delivery rather than an error page.
  const parsed = callbackFiltersSchema.safeParse(params);
  const filters = parsed.success ? parsed.data : {};
  const [t, tc, page] = await Promise.all([
    getTranslations("callbacks"),
    getTranslations("common"),
    listDeliveries(db(), filters),
  ]);
  const active = [filters.outcome, filters.transaction].filter(Boolean).length;
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card>
        <FiltersPanel label={tc("filters")} active={active}>
          <form method="get" className="grid gap-3 border-b border-surface-line p-5 sm:grid-cols-3">
            <label className="text-xs font-medium text-ink-muted">
              {t("filters.outcome")}
              <select name="outcome" defaultValue={filters.outcome ?? ""} className={`mt-1 ${input}`}>
                <option value="">{t("filters.anyOutcome")}</option>
                {CALLBACK_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`outcomes.${o}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="text-xs font-medium text-ink-muted">
              {t("filters.transaction")}
              <input
                name="transaction"
                defaultValue={filters.transaction ?? ""}
                className={`mt-1 ${input}`}
              />
            </label>
            <div className="flex items-end gap-2">
              <button className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
                {t("filters.apply")}
              </button>
              <a
                href="/callbacks"
                className="rounded-lg px-4 py-2 text-sm text-ink-muted hover:bg-surface-sunken"
              >
                {t("filters.reset")}
              </a>
            </div>
          </form>
        </FiltersPanel>
        <CallbacksTable filters={filters} initial={page} />
      </Card>
    </>
  );
}
