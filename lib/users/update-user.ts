import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { endAllStaffSessions } from "@/lib/auth/staff-sessions";
import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";
import type { updateUserSchema } from "./schemas";
import { toUserDto, type UserDto } from "./user-dto";

/**
 * The last active admin cannot be demoted or deactivated. Two admins demoting each other at the
 * same moment must not both succeed: every active admin row is locked before counting.
 */
async function assertAnotherActiveAdmin(tx: Prisma.TransactionClient, userId: string) {
  const admins = await tx.$queryRaw<
    { id: string }[]
  >`SELECT id FROM users WHERE role = 'admin' AND active ORDER BY id FOR UPDATE`;
  if (!admins.some((a) => a.id !== userId)) throw new AppError("last_admin");
}

/** Changes a staff member's role or deactivates/reactivates them. Either change signs them out
 * everywhere (their session rows are deleted): their open sessions must not keep the old rights. */
export async function updateUser(
  { db, actor, ip }: Pick<OperationContext, "db" | "ip"> & { actor: AuditActor },
  { userId, ...input }: z.output<typeof updateUserSchema> & { userId: string },
): Promise<UserDto> {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw new AppError("not_found");
    const losesAdmin =
      before.role === "admin" &&
      before.active &&
      ((input.role && input.role !== "admin") || input.active === false);
    if (losesAdmin) await assertAnotherActiveAdmin(tx, userId);
    const roleChanged = input.role !== undefined && input.role !== before.role;
    const activeChanged = input.active !== undefined && input.active !== before.active;
    if (!roleChanged && !activeChanged) return toUserDto(before);
    const user = await tx.user.update({
      where: { id: userId },
      data: { role: input.role, active: input.active },
    });
    await endAllStaffSessions(tx, userId);
    const target = { type: "user", id: userId };
    if (roleChanged)
      await recordAudit(tx, {
        actor,
        action: "user.role_changed",
        target,
        ip,
        before: { role: before.role },
        after: { role: user.role },
      });
    if (activeChanged)
      await recordAudit(tx, {
        actor,
        action: user.active ? "user.reactivated" : "user.deactivated",
        target,
        ip,
        before: { active: before.active },
        after: { active: user.active },
      });
    return toUserDto(user);
  });
}
