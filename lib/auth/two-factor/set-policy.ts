import { recordAudit } from "@/lib/audit/record-audit";
import type { OperationContext } from "@/lib/http/request-context";
import { isTwoFactorForAllRoles, TWO_FACTOR_ALL_ROLES_KEY } from "./policy";

/** Extends (or no longer extends) two-factor sign-in to every role (admin); audited as `settings.changed`. */
export async function setTwoFactorForAllRoles(
  { db, actor, ip }: Pick<OperationContext, "db" | "actor" | "ip">,
  input: { allRoles: boolean },
): Promise<{ allRoles: boolean }> {
  return db.$transaction(async (tx) => {
    const before = await isTwoFactorForAllRoles(tx);
    await tx.setting.upsert({
      where: { key: TWO_FACTOR_ALL_ROLES_KEY },
      create: { key: TWO_FACTOR_ALL_ROLES_KEY, value: input.allRoles },
      update: { value: input.allRoles },
    });
    await recordAudit(tx, {
      actor,
      action: "settings.changed",
      target: { type: "setting", id: TWO_FACTOR_ALL_ROLES_KEY },
      ip,
      before: { allRoles: before },
      after: input,
    });
    return input;
  });
}
