import type { AuditActor } from "@/lib/audit/record-audit";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";
import type { CreateUserData } from "./schemas";
import { toUserDto, type UserDto } from "./user-dto";

export async function createUser(
  { db, actor, ip }: Pick<OperationContext, "db" | "ip"> & { actor: AuditActor },
  input: CreateUserData,
): Promise<UserDto> {
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email } }))
      throw new AppError("email_taken", { fields: [{ path: "email" }] });
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, role: input.role, passwordHash },
    });
    const dto = toUserDto(user);
    await recordAudit(tx, {
      actor,
      action: "user.created",
      target: { type: "user", id: user.id },
      ip,
      after: { email: dto.email, name: dto.name, role: dto.role },
    });
    return dto;
  });
}
