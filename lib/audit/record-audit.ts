import type { Prisma } from "@/lib/generated/prisma/client";

/** Every staff action Caisse records. Past tense: the record says what happened. */
export type AuditAction =
  | "auth.sign_in"
  | "auth.sign_in_failed"
  | "auth.sign_in_throttled"
  | "auth.sign_out"
  | "auth.sign_out_everywhere"
  | "user.created"
  | "user.role_changed"
  | "user.deactivated"
  | "user.reactivated"
  | "user.password_reset"
  | "user.sessions_ended"
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
  | "settings.changed";

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
