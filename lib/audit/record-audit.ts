import type { Prisma } from "@/lib/generated/prisma/client";

/** Every staff action Caisse records. Past tense: the record says what happened. */
export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_in_throttled"
  | "auth.sign_out"
  | "auth.sign_out_everywhere"
  | "auth.second_factor_failed"
  | "auth.second_factor_throttled"
  | "auth.recovery_code_used"
  | "auth.two_factor_enrolled"
  | "user.created"
  | "user.role_changed"
  | "user.deactivated"
  | "user.reactivated"
  | "user.password_reset"
  | "user.sessions_ended"
  | "user.two_factor_reset"
  | "balance.below_threshold"
  | "invoice.created"
  | "invoice.revoked"
  | "payout.requested"
  | "payout.approved"
  | "payout.rejected"
  | "payout.cancelled"
  | "payout.sent"
  | "payout.resolved_manually"
  | "payout_batch.requested"
  | "payout_batch.approved"
  | "payout_batch.rejected"
  | "payout_batch.paused"
  | "payout_batch.resumed"
  | "payout_batch.cancelled"
  | "callback.reverified"
  | "ledger.journal_reversed"
  | "settings.changed"
  | "api_key.created"
  | "api_key.revoked"
  | "webhook.endpoint_created"
  | "webhook.secret_rotated"
  | "webhook.endpoint_disabled"
  | "webhook.endpoint_enabled"
  | "webhook.delivery_resent";

export type AuditActor = { id: string | null; email: string | null };

export type AuditRecord = {
  actor: AuditActor;
  action: AuditAction;
  target?: { type: string; id: string };
  ip?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
};

/** Appends one audit record. Call it inside the transaction of the action it records, so an
 * action is never without its record (and a rolled-back action leaves none). */
export async function recordAudit(tx: Prisma.TransactionClient, record: AuditRecord): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: record.actor.id,
      actorEmail: record.actor.email,
      action: record.action,
      targetType: record.target?.type ?? null,
      targetId: record.target?.id ?? null,
      ip: record.ip ?? null,
      before: record.before,
      after: record.after,
    },
  });
}
