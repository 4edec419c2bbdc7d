/** What a merchant system's key may do. `read` is every GET of `/api/v1`. Plain constants (no
 * zod): the console's key form reads them in the browser. The database holds the same list in a
 * CHECK constraint (migration 20261206050000_api_keys). `payouts:write` comes with the payout
 * endpoints: a key is never offered a right that opens nothing. */
export const API_SCOPES = ["invoices:write", "read"] as const;

export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}
