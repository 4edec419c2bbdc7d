import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";

/** Signs a person out everywhere (an admin's action, e.g. after a lost phone); returns how many sessions ended. */
export async function endUserSessions(
  { db, actor, ip }: Pick<OperationContext, "db" | "ip"> & { actor: AuditActor },
  { userId }: { userId: string },
): Promise<number> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!user) throw new AppError("not_found");
    const ended = await endAllStaffSessions(tx, userId);
    await recordAudit(tx, {
      actor,
      action: "user.sessions_ended",
      target: { type: "user", id: userId },
      ip,
      after: { sessions: ended },
    });
    return ended;
  });
}
