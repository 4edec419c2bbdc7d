/**
 * The go-live check speaks in codes: each check returns a status and a code naming its finding,
 * and pages and the start-up log turn them into words (`goLive.checks.<id>.<code>` in messages/).
 */

export type CheckStatus = "ok" | "warn" | "fail" | "unknown";

/** The checks, in the order they are shown: what stops money first. */
export const CHECK_IDS = [
  "simulator",
  "ligdicash_keys",
  "payin_enabled",
  "payout_enabled",
  "payout_ip",
  "public_url",
  "callbacks",
  "balances",
  "session_secret",
  "two_factor",
  "mail",
  "database",
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export type OperatorBalanceLine = { operator: string; balance: string };

export type CheckResult = {
  id: CheckId;
  status: CheckStatus;
  /** Names the finding; the same code always reads the same way. */
  code: string;
  /** Further findings of the same check, shown under the first (e.g. `not_https` beside `loopback`). */
  notes?: string[];
  /** Plain values the text quotes: a URL, an error code, an operator list. */
  values?: Record<string, string>;
  /** A LigdiCash error code behind the finding (`gateway.errors.<code>` at the edge). */
  errorCode?: string;
  /** When the finding happened (the last callback, the last payout), ISO 8601. */
  at?: string;
  /** Balances check: each operator sub-account, XOF as a decimal string (bigint sums). */
  balances?: OperatorBalanceLine[];
};

export const check = (
  id: CheckId,
  status: CheckStatus,
  code: string,
  extra: Omit<CheckResult, "id" | "status" | "code"> = {},
): CheckResult => ({ id, status, code, ...extra });

const SEVERITY: Record<CheckStatus, number> = { fail: 3, warn: 2, unknown: 1, ok: 0 };

/** How many checks ended in each status. */
export function countByStatus(results: readonly CheckResult[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { ok: 0, warn: 0, fail: 0, unknown: 0 };
  for (const result of results) counts[result.status] += 1;
  return counts;
}

/** The worst status among the results: the one a summary leads with. */
export function worstStatus(results: readonly CheckResult[]): CheckStatus {
  return results.reduce<CheckStatus>(
    (worst, result) => (SEVERITY[result.status] > SEVERITY[worst] ? result.status : worst),
    "ok",
  );
}
