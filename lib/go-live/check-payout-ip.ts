import { check, type CheckResult } from "./types";

export type PayoutIpFacts = {
  /** The last payout creation Caisse sent (gateway_exchanges): its error code, null when accepted. */
  lastCreation: { errorCode: string | null; startedAt: Date } | null;
};

const TRANSPORT = new Set(["network_error", "timeout", "invalid_response", "http_error", "unexpected"]);

/**
 * Whether LigdiCash refuses this server's IP for payouts. LigdiCash checks it on payout creations
 * only (E6 Code06, E7 Code14, or Code06 per the docs — docs/ligdicash-contract.md §5.3, §5.4); the status queries
 * have no IP sub-code (docs/ligdicash-contract.md §5.2), and the contract offers no payout call that cannot move money. So
 * nothing is sent for this check: it reads the answer to the last real payout, and says plainly
 * when there is none.
 */
export function checkPayoutIp({ lastCreation }: PayoutIpFacts): CheckResult {
  if (!lastCreation) return check("payout_ip", "unknown", "no_payout_yet");
  const at = lastCreation.startedAt.toISOString();
  const { errorCode } = lastCreation;
  if (errorCode === null) return check("payout_ip", "ok", "last_payout_accepted", { at });
  if (errorCode === "ip_denied") return check("payout_ip", "fail", "denied", { at, errorCode });
  // E7 Code06: "no merchant account" (SDKs) or "IP not whitelisted" (docs), docs/ligdicash-contract.md §5.4 conflict.
  if (errorCode === "merchant_account_or_ip_denied")
    return check("payout_ip", "warn", "maybe_denied", { at, errorCode });
  if (TRANSPORT.has(errorCode)) return check("payout_ip", "unknown", "no_answer", { at, errorCode });
  return check("payout_ip", "unknown", "other_refusal", { at, errorCode });
}
