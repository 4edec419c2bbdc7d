import { check, type CheckResult } from "./types";

/** Active staff whose role requires a second factor but who have not enrolled yet. */
export type TwoFactorFacts = { required: number; notEnrolled: string[] };

/** At most this many names are quoted; the rest are counted. */
const NAMES_SHOWN = 5;

/**
 * Sign-in makes those who must use a second factor enrol before anything else, so an account
 * still without one has not signed in since the rule applied to it: until then its password alone
 * guards an account that can approve money. Worth watching, not a failure.
 */
export function checkTwoFactor({ required, notEnrolled }: TwoFactorFacts): CheckResult {
  if (notEnrolled.length === 0)
    return check("two_factor", "ok", "all_enrolled", { values: { count: String(required) } });
  const shown = notEnrolled.slice(0, NAMES_SHOWN);
  return check("two_factor", "warn", "not_enrolled", {
    values: {
      count: String(notEnrolled.length),
      names: shown.join(", "),
      more: String(notEnrolled.length - shown.length),
    },
  });
}
