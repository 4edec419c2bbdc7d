// Small readers for request bodies. Each returns undefined when the value is unusable, and the
// endpoint turns that into its own "data input" sub-code (docs/ligdicash-contract.md §5, §10.3).

export type JsonObject = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * An XOF amount: a JSON number with no fractional part. `5000.0` (DART sends doubles, docs/ligdicash-contract.md §4.1) parses
 * to 5000 and is accepted; `5000.5`, `"5000"`, NaN and unsafe integers are not ("non-integer
 * amount" is an invalid-payload cause, DOCS /errors/overview).
 */
export function readAmount(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) ? value : undefined;
}

/** A string field; `null`/missing become the fallback when one is given (lenient optional fields). */
export function readString(value: unknown, fallback?: string): string | undefined {
  if (typeof value === "string") return value;
  if ((value === undefined || value === null) && fallback !== undefined) return fallback;
  return undefined;
}

/**
 * `custom_data` must be a JSON object (may be `{}`); values are kept as strings, which is what
 * LigdiCash gives back (docs/ligdicash-contract.md §4.4). Arrays (the community "array form" request) are refused.
 */
export function readCustomData(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const result: Record<string, string> = {};
  for (const [key, raw] of Object.entries(value)) {
    if (raw === null || raw === undefined) result[key] = "";
    else if (typeof raw === "string") result[key] = raw;
    else if (typeof raw === "number" || typeof raw === "boolean") result[key] = String(raw);
    else result[key] = JSON.stringify(raw);
  }
  return result;
}

/** Currency: XOF only, either case (docs/ligdicash-contract.md §9; SDKs send `xof` or `XOF`). */
export function isXof(value: unknown): boolean {
  return typeof value === "string" && value.toUpperCase() === "XOF";
}
