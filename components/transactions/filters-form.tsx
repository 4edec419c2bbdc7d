import { getTranslations } from "next-intl/server";
import { FilterActions } from "@/components/ui/filter-actions";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { isInvoiceDisplayState } from "@/lib/invoices/display-state";
import { OPERATORS } from "@/lib/phone";
import {
  TRANSACTION_SORTS,
  TRANSACTION_STATUSES,
  TRANSACTION_TYPES,
} from "@/lib/transaction-history/schemas";

type Values = Record<string, string>;

/** A plain GET form: the filters land in the URL, so a view can be bookmarked and shared, and the
 * page works before (or without) JavaScript. */
export async function FiltersForm({ values }: { values: Values }) {
  const [t, ts] = await Promise.all([getTranslations("transactions"), getTranslations("status")]);
  const all = { value: "", label: t("filters.all") };
  // Payins read in their invoice's display states, refunds and payouts in theirs: two headed groups.
  const statusOption = (s: string) =>
    isInvoiceDisplayState(s)
      ? { value: s, label: ts(`invoiceState.${s}`), group: t("filters.invoiceStates") }
      : { value: s, label: ts(`payout.${s}`), group: t("filters.payoutStates") };
  return (
    <form
      method="get"
      action="/transactions"
      className="grid gap-3 p-5 sm:grid-cols-2 lg:grid-cols-4"
      aria-label={t("filters.title")}
    >
      <SelectField
        name="type"
        label={t("filters.type")}
        defaultValue={values.type ?? ""}
        options={[all, ...TRANSACTION_TYPES.map((v) => ({ value: v, label: t(`types.${v}`) }))]}
      />
      <SelectField
        name="status"
        label={t("filters.status")}
        defaultValue={values.status ?? ""}
        options={[all, ...TRANSACTION_STATUSES.map(statusOption)]}
      />
      <SelectField
        name="operator"
        label={t("filters.operator")}
        defaultValue={values.operator ?? ""}
        options={[all, ...OPERATORS.map((o) => ({ value: o.code, label: o.name }))]}
      />
      <SelectField
        name="sort"
        label={t("filters.sort")}
        defaultValue={values.sort ?? "date_desc"}
        options={TRANSACTION_SORTS.map((v) => ({ value: v, label: t(`sorts.${v}`) }))}
      />
      <TextField name="from" type="date" label={t("filters.from")} defaultValue={values.from ?? ""} />
      <TextField name="to" type="date" label={t("filters.to")} defaultValue={values.to ?? ""} />
      <TextField
        name="minAmount"
        inputMode="numeric"
        label={t("filters.minAmount")}
        defaultValue={values.minAmount ?? ""}
      />
      <TextField
        name="maxAmount"
        inputMode="numeric"
        label={t("filters.maxAmount")}
        defaultValue={values.maxAmount ?? ""}
      />
      <TextField name="phone" type="tel" label={t("filters.phone")} defaultValue={values.phone ?? ""} />
      <TextField
        name="q"
        type="search"
        label={t("filters.q")}
        placeholder={t("filters.qPlaceholder")}
        defaultValue={values.q ?? ""}
        className="sm:col-span-2 lg:col-span-2"
      />
      <FilterActions
        applyLabel={t("filters.apply")}
        resetLabel={t("filters.reset")}
        resetHref="/transactions"
      />
    </form>
  );
}
