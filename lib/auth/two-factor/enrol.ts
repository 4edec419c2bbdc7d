import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { OperationContext } from "@/lib/http/request-context";
import { AppError } from "@/lib/http/app-error";
import { markSecondFactor } from "../staff-sessions";
import { proveSecondFactor } from "./prove-code";
import { hashRecoveryCode, newRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";
import { openSecret, sealSecret } from "./secret-box";
import { newTotpSecret, totpUri } from "./totp";

type Ctx = Pick<OperationContext, "db" | "actor" | "ip"> & { sessionId: string };

/**
 * Starts (or restarts) enrolment: a new secret, stored sealed but not yet in force, returned once
 * so the page can show it and its QR code. Refused once enrolled: the secret in force never
 * leaves the server again.
 */
export async function startEnrolment(
  { db, actor }: Pick<OperationContext, "db" | "actor">,
  input: { issuer: string },
): Promise<{ secret: string; uri: string }> {
  const secret = newTotpSecret();
  const updated = await db.user.updateMany({
    where: { id: actor.id, totpEnabledAt: null },
    data: { totpSecret: sealSecret(secret), totpLastStep: null },
  });
  if (updated.count !== 1) throw new AppError("already_enrolled");
  return { secret, uri: totpUri(secret, actor.email ?? actor.id, input.issuer) };
}

/**
 * Confirms enrolment with a code from the app: the secret comes into force, ten recovery codes
 * are made (returned once, stored hashed), and this session counts as having just proved a code.
 */
export async function confirmEnrolment(
  ctx: Ctx,
  input: { code: string },
  now = new Date(),
): Promise<string[]> {
  const outcome = await ctx.db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: ctx.actor.id } });
    if (user.totpEnabledAt) return { ok: false as const, error: new AppError("already_enrolled") };
    const pending = user.totpSecret ? openSecret(user.totpSecret) : null;
    if (!pending) return { ok: false as const, error: new AppError("invalid_code") };
    const proof = await proveSecondFactor(tx, {
      userId: user.id,
      code: input.code,
      ip: ctx.ip ?? "unknown",
      now,
      pendingSecret: pending,
    });
    if (!proof.ok) return proof;
    await tx.user.update({ where: { id: user.id }, data: { totpEnabledAt: now } });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
    await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
    await tx.recoveryCode.createMany({
      data: codes.map((code) => ({ userId: user.id, codeHash: hashRecoveryCode(code) })),
    });
    await markSecondFactor(tx, ctx.sessionId, now);
    await recordAudit(tx, {
      actor: ctx.actor,
      action: "auth.two_factor_enrolled",
      ip: ctx.ip,
      target: { type: "user", id: user.id },
    });
    return { ok: true as const, codes };
  });
  if (!outcome.ok) throw outcome.error;
  return outcome.codes;
}

/** A fresh code for a session already signed in (before approving, resolving, administering). */
export async function proveStepUp(ctx: Ctx, input: { code: string }, now = new Date()): Promise<void> {
  const outcome = await ctx.db.$transaction(async (tx) => {
    const proof = await proveSecondFactor(tx, {
      userId: ctx.actor.id,
      code: input.code,
      ip: ctx.ip ?? "unknown",
      now,
    });
    if (proof.ok) await markSecondFactor(tx, ctx.sessionId, now);
    return proof;
  });
  if (!outcome.ok) throw outcome.error;
}

/** Since when the person's second factor is on, and how many recovery codes are left (never which). */
export async function getTwoFactorStatus(
  db: PrismaClient,
  userId: string,
): Promise<{ enabledAt: Date | null; recoveryCodesLeft: number }> {
  const [user, recoveryCodesLeft] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: userId }, select: { totpEnabledAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabledAt: user.totpEnabledAt, recoveryCodesLeft };
}
