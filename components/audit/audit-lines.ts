/**
 * An audit record's before/after values as lines a person reads ("Rôle : Finance → Responsable"),
 * in the order the record lists them. Only fields `named` (those with a label in
 * messages/<locale>/audit.json `fields.*`) become lines; the whole record stays under
 * "Détails techniques". A field whose value did not change is left out.
 */
export type ChangeLine = { field: string; before: unknown; after: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function changeLines(
  before: unknown,
  after: unknown,
  named: (field: string) => boolean,
): ChangeLine[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter(named)
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }))
    .filter((line) => line.after !== null || line.before !== null)
    .filter((line) => JSON.stringify(line.before) !== JSON.stringify(line.after));
}

/** The loopback addresses a request from this very machine arrives from. */
export function isLocalAddress(ip: string): boolean {
  return ip === "::1" || ip === "127.0.0.1" || ip === "::ffff:127.0.0.1";
}
