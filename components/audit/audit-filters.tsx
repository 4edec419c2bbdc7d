import { getTranslations } from "next-intl/server";
import { AUDIT_ACTIONS } from "@/lib/audit/audit-actions";
import type { AuditFilters as Filters } from "@/lib/audit/schemas";

const input =
  "block w-full rounded-lg border border-surface-line bg-surface px-3 py-2 text-sm text-ink shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-200";

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export async function AuditFilters({ filters }: { filters: Filters }) {
  const t = await getTranslations("audit");
  return (
    <form method="get" className="grid gap-3 border-b border-surface-line p-5 sm:grid-cols-2 lg:grid-cols-6">
      <label className="text-xs font-medium text-ink-muted lg:col-span-2">
        {t("filters.actor")}
        <input name="actor" defaultValue={filters.actor ?? ""} className={`mt-1 ${input}`} />
      </label>
      <label className="text-xs font-medium text-ink-muted">
        {t("filters.action")}
        <select name="action" defaultValue={filters.action ?? ""} className={`mt-1 ${input}`}>
          <option value="">{t("filters.anyAction")}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`actions.${action}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-xs font-medium text-ink-muted">
        {t("filters.target")}
        <input name="target" defaultValue={filters.target ?? ""} className={`mt-1 ${input}`} />
      </label>
      <label className="text-xs font-medium text-ink-muted">
        {t("filters.from")}
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={`mt-1 ${input}`} />
      </label>
      <label className="text-xs font-medium text-ink-muted">
        {t("filters.to")}
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={`mt-1 ${input}`} />
      </label>
      <div className="flex gap-2 lg:col-span-6">
        <button className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
          {t("filters.apply")}
        </button>
        <a href="/audit" className="rounded-lg px-4 py-2 text-sm text-ink-muted hover:bg-surface-sunken">
          {t("filters.reset")}
        </a>
      </div>
    </form>
  );
}
