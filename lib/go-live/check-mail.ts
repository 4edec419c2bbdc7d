import { check, type CheckResult } from "./types";

/** What the check learned of SMTP_URL: unset, or whether its server accepted a connection and sign-in. */
export type MailFacts =
  | { configured: false }
  | { configured: true; reachable: true }
  | { configured: true; reachable: false; errorCode: string };

/**
 * Low-balance alerts and "a payout awaits you" reach people only by e-mail. Without SMTP the
 * console still shows everything, so an unset server is something to watch; a set server that
 * refuses Caisse fails: those e-mails would be lost silently.
 */
export function checkMail(facts: MailFacts): CheckResult {
  if (!facts.configured) return check("mail", "warn", "not_configured");
  if (!facts.reachable) return check("mail", "fail", "unreachable", { values: { error: facts.errorCode } });
  return check("mail", "ok", "reachable");
}
