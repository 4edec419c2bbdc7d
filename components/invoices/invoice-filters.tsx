import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/ui/filter-actions";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { INVOICE_DISPLAY_STATES } from "@/lib/invoices/display-state";

/** The invoice list's search and status: a plain GET form, so a search is an address that can be
 * bookmarked or shared and works before JavaScript. The days chosen with the presets are kept. */
export async function InvoiceFilters({ values }: { values: Record<string, string> }) {
  const [t, ts] = await Promise.all([getTranslations("invoices"), getTranslations("status")]);
  return (
    <form
      method="get"
      action="/invoices"
      role="search"
      aria-label={t("search.filters")}
      className="grid gap-3 p-5 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_auto]"
    >
      <TextField
        name="q"
        type="search"
        label={t("search.label")}
        placeholder={t("search.placeholder")}
        defaultValue={values.q ?? ""}
        maxLength={120}
      />
      <SelectField
        name="status"
        label={t("filterStatus")}
        defaultValue={values.status ?? ""}
        options={[
          { value: "", label: t("allStatuses") },
          ...INVOICE_DISPLAY_STATES.map((s) => ({ value: s, label: ts(`invoiceState.${s}`) })),
        ]}
      />
      {values.from ? <input type="hidden" name="from" value={values.from} /> : null}
      {values.to ? <input type="hidden" name="to" value={values.to} /> : null}
      <FilterActions applyLabel={t("search.submit")} resetLabel={t("search.reset")} resetHref="/invoices" />
    </form>
  );
}
