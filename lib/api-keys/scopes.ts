/** What a merchant system's key may do. `read` is every GET of `/api/v1`; `payouts:write` moves
 * money out (refunds and payouts), so the key form never ticks it by default. Plain constants (no
 * zod): the console's key form reads them in the browser. The database holds the same list in a
 * CHECK constraint (migration 20261206060000_api_key_payout_scope). */
export const API_SCOPES = ["invoices:write", "payouts:write", "read"] as const;

export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}
