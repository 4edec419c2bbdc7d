import { check, type CheckResult } from "./types";

/**
 * What one harmless status query answered: LigdiCash answered `"00"`, or the code of its refusal
 * or of the transport failure (lib/ligdicash/error-codes.ts). `skipped`: no keys, nothing sent.
 */
export type ProbeOutcome = { answered: true } | { error: string } | { skipped: true };

export type GatewayProbes = {
  keysPresent: boolean;
  /** E5 payin status with a made-up token. */
  payin: ProbeOutcome;
  /** E9 (then E8) payout status with the same made-up token. */
  payout: ProbeOutcome;
};

const TRANSPORT = new Set(["network_error", "timeout", "invalid_response", "http_error"]);
const AUTH_REFUSED = new Set(["authentication", "application_authentication"]);
/**
 * Refusals that can only come after LigdiCash checked the keys and the project's switches: the
 * token is unknown (Code02) or malformed (Code04). An unknown token is exactly what a made-up one
 * should get, so these prove the keys and say the service is on (docs/ligdicash-contract.md §5.2).
 */
const PAST_THE_SWITCHES = new Set(["invoice_not_found", "data_input_error"]);

const errorOf = (outcome: ProbeOutcome) => ("error" in outcome ? outcome.error : null);

/**
 * The keys: a status query with a token that cannot exist tells an authentication refusal
 * (Code00) from an unknown token (Code02). The payin query decides; the payout query stands in
 * when the payin one got no answer.
 */
export function checkKeys({ keysPresent, payin, payout }: GatewayProbes): CheckResult {
  if (!keysPresent) return check("ligdicash_keys", "fail", "missing");
  const outcome = errorOf(payin) !== null && TRANSPORT.has(errorOf(payin) ?? "") ? payout : payin;
  const error = errorOf(outcome);
  if ("skipped" in outcome) return check("ligdicash_keys", "unknown", "not_checked");
  if (error === null) return check("ligdicash_keys", "ok", "accepted");
  if (AUTH_REFUSED.has(error)) return check("ligdicash_keys", "fail", "refused", { errorCode: error });
  if (TRANSPORT.has(error)) return check("ligdicash_keys", "unknown", "unreachable", { errorCode: error });
  if (PAST_THE_SWITCHES.has(error) || error.startsWith("merchant_"))
    return check("ligdicash_keys", "ok", "accepted", { errorCode: error });
  return check("ligdicash_keys", "unknown", "unexpected", { errorCode: error });
}

/** Payins or payouts activated on the project: Code01 on a status query says they are not (docs/ligdicash-contract.md §5.2). */
export function checkServiceEnabled(service: "payin" | "payout", outcome: ProbeOutcome): CheckResult {
  const id = service === "payin" ? "payin_enabled" : "payout_enabled";
  if ("skipped" in outcome) return check(id, "unknown", "not_checked");
  const error = errorOf(outcome);
  if (error === null || PAST_THE_SWITCHES.has(error)) return check(id, "ok", "enabled");
  if (error === `merchant_${service}_disabled`) return check(id, "fail", "disabled", { errorCode: error });
  if (AUTH_REFUSED.has(error)) return check(id, "unknown", "keys_refused", { errorCode: error });
  if (TRANSPORT.has(error)) return check(id, "unknown", "unreachable", { errorCode: error });
  return check(id, "unknown", "unexpected", { errorCode: error });
}
