import type { AuditAction } from "./record-audit";

/** Every action, for the audit page's filter (kept beside the AuditAction type it mirrors). */
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  "auth.sign_in",
  "auth.sign_in_failed",
  "auth.sign_in_throttled",
  "auth.sign_out",
  "auth.sign_out_everywhere",
  "user.created",
  "user.role_changed",
  "user.deactivated",
  "user.reactivated",
  "user.password_reset",
  "user.sessions_ended",
  "invoice.created",
  "invoice.revoked",
  "payout.requested",
  "payout.approved",
  "payout.rejected",
  "payout.cancelled",
  "payout.sent",
  "payout.resolved_manually",
  "callback.reverified",
  "ledger.journal_reversed",
  "settings.changed",
  "api_key.created",
  "api_key.revoked",
];
