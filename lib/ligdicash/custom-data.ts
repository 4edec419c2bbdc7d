/**
 * custom_data comes back in many shapes (docs/ligdicash-contract.md §4.4, §7, §11): sent as an object, it returns
 * as an array of `{keyof_customdata, valueof_customdata, datecreation_customdata}` with LigdiCash's
 * own `hash`/`logfile` entries appended; E7 answers `""`; payout callbacks usually `[]`; the
 * form-encoded callback copy carries it as a JSON string; the JS/DART SDKs fold it into a map.
 * Always read entries by key, never by index. Pure.
 */

export type CustomData = Record<string, string>;

export function readCustomData(value: unknown): CustomData {
  if (typeof value === "string") return readJsonString(value);
  if (Array.isArray(value)) return readEntries(value);
  if (isRecord(value)) return isEntryMap(value) ? readEntries(Object.values(value)) : readMap(value);
  return {};
}

// The entry array folded into a map by index ({"0": entry, "1": entry}), as PHP-style decoders return it.
function isEntryMap(map: Record<string, unknown>): boolean {
  const values = Object.values(map);
  return values.length > 0 && values.every((entry) => isRecord(entry) && "keyof_customdata" in entry);
}

function readJsonString(text: string): CustomData {
  const trimmed = text.trim();
  if (!trimmed.startsWith("[") && !trimmed.startsWith("{")) return {};
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return typeof parsed === "string" ? {} : readCustomData(parsed);
  } catch {
    return {};
  }
}

function readEntries(entries: unknown[]): CustomData {
  const data: CustomData = {};
  for (const entry of entries) {
    if (!isRecord(entry)) continue;
    const key = scalarToString(entry.keyof_customdata);
    const value = scalarToString(entry.valueof_customdata);
    // First entry wins: the merchant's own keys come before anything LigdiCash appends.
    if (key && value !== null && !Object.hasOwn(data, key)) data[key] = value;
  }
  return data;
}

function readMap(map: Record<string, unknown>): CustomData {
  const data: CustomData = {};
  for (const [key, raw] of Object.entries(map)) {
    const value = scalarToString(raw);
    if (value !== null) data[key] = value;
  }
  return data;
}

export function scalarToString(value: unknown): string | null {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
