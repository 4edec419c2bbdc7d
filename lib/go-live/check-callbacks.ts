import { check, type CheckResult } from "./types";

export type CallbackFacts = {
  callbackUrl: string;
  /** The last delivery stored, whoever sent it. */
  last: { receivedAt: Date; kind: string; sourceIp: string | null } | null;
};

/**
 * Whether LigdiCash can reach the callback URL cannot be seen from inside: only LigdiCash's own
 * attempt proves it, and it makes one only when a transaction changes. So the status stays
 * "unknown", said plainly, with the last callback that did arrive and when.
 */
export function checkCallbacks({ callbackUrl, last }: CallbackFacts): CheckResult {
  if (!last) return check("callbacks", "unknown", "never_received", { values: { callbackUrl } });
  return check(
    "callbacks",
    "unknown",
    last.kind === "payout" ? "last_payout_callback" : "last_payin_callback",
    {
      values: { callbackUrl, sourceIp: last.sourceIp ?? "" },
      at: last.receivedAt.toISOString(),
    },
  );
}
