import type { CustomDataEntry } from "./state";
import { formatCustomDataDate, newHash, newLogfile } from "./tokens";

/**
 * custom_data as LigdiCash returns it: an array of {keyof, valueof, datecreation}, the merchant's
 * entries followed by LigdiCash's own `hash` (64 hex) and `logfile` (docs/ligdicash-contract.md §4.4, §7).
 */
export function toCustomDataArray(map: Record<string, string>, now = new Date()): CustomDataEntry[] {
  const date = formatCustomDataDate(now);
  const entry = (key: string, value: string): CustomDataEntry => ({
    keyof_customdata: key,
    valueof_customdata: value,
    datecreation_customdata: date,
  });
  return [
    ...Object.entries(map).map(([key, value]) => entry(key, value)),
    entry("hash", newHash()),
    entry("logfile", newLogfile(now)),
  ];
}

/**
 * `external_id` in answers: the values of every custom_data key containing `id`, joined with `;`
 * (DOCS /callback/parse-custom-data, docs/ligdicash-contract.md §2.5). When no key matches we fall back to the
 * request's own `invoice.external_id` (an assumption; usually "").
 */
export function externalIdOf(map: Record<string, string>, requestExternalId = ""): string {
  const ids = Object.entries(map)
    .filter(([key]) => key.toLowerCase().includes("id"))
    .map(([, value]) => value);
  return ids.length > 0 ? ids.join(";") : requestExternalId;
}
