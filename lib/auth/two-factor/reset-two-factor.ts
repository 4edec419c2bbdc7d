import { recordAudit } from "@/lib/audit/record-audit";
import type { OperationContext } from "@/lib/http/request-context";
import { AppError } from "@/lib/http/app-error";
import { endAllStaffSessions } from "../staff-sessions";

/**
 * An admin removes someone's authenticator (a lost phone): secret, recovery codes and sessions
 * go; if their role requires it they enrol again at their next sign-in. Audited.
 */
export async function resetTwoFactor(
  { db, actor, ip }: Pick<OperationContext, "db" | "actor" | "ip">,
  input: { userId: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId } });
    if (!user) throw new AppError("not_found");
    await tx.user.update({
      where: { id: user.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    const sessionsEnded = await endAllStaffSessions(tx, user.id);
    await recordAudit(tx, {
      actor,
      action: "user.two_factor_reset",
      ip,
      target: { type: "user", id: user.id },
      before: { enrolled: user.totpEnabledAt !== null },
      after: { enrolled: false, sessionsEnded },
    });
  });
}
