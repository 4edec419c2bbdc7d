import { getTranslations } from "next-intl/server";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/event-types";
import type { EndpointDto } from "@/lib/webhooks/manage-endpoints";
import { DELIVERY_OUTCOMES, type ListDeliveriesInput } from "@/lib/webhooks/schemas";
import { eventKey } from "./event-label";

const SELECT =
  "mt-1 block w-full rounded-lg border border-surface-line bg-white px-3 py-2 text-sm text-ink focus:outline-none focus:ring-2 focus:ring-brand-500";

/** A plain GET form: the filters live in the address, so a filtered view can be shared. */
export async function DeliveryFilters({
  endpoints,
  filters,
}: {
  endpoints: EndpointDto[];
  filters: ListDeliveriesInput;
}) {
  const t = await getTranslations("webhooks");
  return (
    <form
      method="get"
      className="grid gap-3 border-b border-surface-line px-5 py-4 sm:grid-cols-4 sm:items-end"
    >
      <label className="text-sm text-ink">
        {t("filters.endpoint")}
        <select name="endpoint" defaultValue={filters.endpoint ?? ""} className={SELECT}>
          <option value="">{t("filters.all")}</option>
          {endpoints.map((e) => (
            <option key={e.id} value={e.id}>
              {e.description || e.url}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm text-ink">
        {t("filters.event")}
        <select name="event" defaultValue={filters.event ?? ""} className={SELECT}>
          <option value="">{t("filters.all")}</option>
          {WEBHOOK_EVENTS.map((type) => (
            <option key={type} value={type}>
              {t(`event.${eventKey(type)}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm text-ink">
        {t("filters.outcome")}
        <select name="outcome" defaultValue={filters.outcome ?? ""} className={SELECT}>
          <option value="">{t("filters.all")}</option>
          {DELIVERY_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t(`outcome.${outcome}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
      >
        {t("filters.apply")}
      </button>
    </form>
  );
}
