import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";

/** Sets a new password and signs the person out everywhere. */
export async function resetPassword(
  { db, actor, ip }: Pick<OperationContext, "db" | "ip"> & { actor: AuditActor },
  { userId, password }: { userId: string; password: string },
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    const updated = await tx.user.updateMany({ where: { id: userId }, data: { passwordHash } });
    if (updated.count === 0) throw new AppError("not_found");
    await endAllStaffSessions(tx, userId);
    await recordAudit(tx, { actor, action: "user.password_reset", target: { type: "user", id: userId }, ip });
  });
}
