import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "../permissions";

/** Settings key: `true` asks every role, not only those who move money, to use two-factor sign-in. */
export const TWO_FACTOR_ALL_ROLES_KEY = "two_factor_all_roles";

export const twoFactorPolicySchema = z.object({ allRoles: z.boolean() });

/** A code proved longer ago than this is asked again before approving, resolving or administering people. */
export const STEP_UP_MAX_AGE_MS = 10 * 60 * 1000;

/** Admins and whoever may approve or resolve payouts must use a second factor; the setting extends it to all. */
export function roleNeedsTwoFactor(role: Role, allRoles: boolean): boolean {
  return allRoles || role === "admin" || can(role, "payouts:approve");
}

export async function isTwoFactorForAllRoles(
  db: Pick<Prisma.TransactionClient, "setting">,
): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: TWO_FACTOR_ALL_ROLES_KEY } });
  return row?.value === true;
}

/** Whether a code proved at `provedAt` still covers an action that asks for a recent one. */
export function isSecondFactorFresh(provedAt: Date | null, now: Date): boolean {
  return provedAt !== null && now.getTime() - provedAt.getTime() < STEP_UP_MAX_AGE_MS;
}
