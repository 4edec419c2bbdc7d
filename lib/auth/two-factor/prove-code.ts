import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import { checkLoginThrottle } from "../login-throttle";
import { hashRecoveryCode, looksLikeRecoveryCode } from "./recovery-codes";
import { openSecret } from "./secret-box";
import { matchTotp } from "./totp";

export type ProofOutcome = { ok: true; method: "totp" | "recovery" } | { ok: false; error: AppError };

type ProofInput = {
  userId: string;
  code: string;
  ip: string;
  now: Date;
  /** The secret to check against (enrolment, before it is in force); else the user's own. */
  pendingSecret?: string;
};

async function matchRecoveryCode(tx: Prisma.TransactionClient, userId: string, code: string, now: Date) {
  if (!looksLikeRecoveryCode(code)) return false;
  // The `usedAt: null` condition makes the update the one that spends it: used exactly once.
  const spent = await tx.recoveryCode.updateMany({
    where: { userId, codeHash: hashRecoveryCode(code), usedAt: null },
    data: { usedAt: now },
  });
  return spent.count === 1;
}

/**
 * Checks a second-factor code: a TOTP code never used before (its time step is stored, so the
 * same code cannot be replayed within its window), or an unused recovery code. Throttled like
 * passwords, on a count of its own (lib/auth/login-throttle.ts), serialised per account and per
 * address with advisory locks so parallel guesses are counted exactly. Call inside a transaction;
 * a refusal is RETURNED, so the transaction commits the failure it records.
 */
export async function proveSecondFactor(
  tx: Prisma.TransactionClient,
  input: ProofInput,
): Promise<ProofOutcome> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`code:${input.userId}`}))`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`code-ip:${input.ip}`}))`;
  const user = await tx.user.findUniqueOrThrow({ where: { id: input.userId } });
  const actor = { id: user.id, email: user.email };
  const target = { type: "user", id: user.id };
  const throttle = await checkLoginThrottle(tx, user.email, input.ip, input.now, "code");
  if (!throttle.allowed) {
    await recordAudit(tx, { actor, action: "auth.second_factor_throttled", ip: input.ip, target });
    return {
      ok: false,
      error: new AppError("too_many_attempts", { retryAfterSeconds: throttle.retryAfterSeconds }),
    };
  }
  const code = input.code.trim().replace(/\s/g, "");
  const secret =
    input.pendingSecret ?? (user.totpSecret && user.totpEnabledAt ? openSecret(user.totpSecret) : null);
  const step = secret ? matchTotp(secret, code, input.now, user.totpLastStep) : null;
  let method: "totp" | "recovery" | null = null;
  if (step !== null) {
    await tx.user.update({ where: { id: user.id }, data: { totpLastStep: step } });
    method = "totp";
  } else if (!input.pendingSecret && (await matchRecoveryCode(tx, user.id, code, input.now))) {
    await recordAudit(tx, { actor, action: "auth.recovery_code_used", ip: input.ip, target });
    method = "recovery";
  }
  await tx.loginAttempt.create({
    data: {
      email: user.email,
      ip: input.ip,
      success: method !== null,
      factor: "code",
      attemptedAt: input.now,
    },
  });
  if (method) return { ok: true, method };
  await recordAudit(tx, { actor, action: "auth.second_factor_failed", ip: input.ip, target });
  return { ok: false, error: new AppError("invalid_code") };
}
