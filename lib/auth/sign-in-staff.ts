import type { Prisma, PrismaClient, User } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import { checkLoginThrottle } from "./login-throttle";
import { hashPassword, verifyPassword } from "./password";
import { createStaffSession } from "./staff-sessions";
import { issueChallenge } from "./two-factor/challenge";

/** Who signed in, and the id of the session row opened for them (carried in the session cookie). */
export type StaffIdentity = { id: string; email: string; name: string; role: Role; sessionId: string };

// Unknown emails still pay for one hash, so response time does not reveal who has an account.
let decoyHash: Promise<string> | undefined;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** A refusal is returned, not thrown, so the transaction commits the attempt it records. */
export type SignInOutcome = { ok: true; staff: StaffIdentity } | { ok: false; error: AppError };

/** The end of every successful sign-in: the session row, the last sign-in time, the audit record. */
export async function openSignedInSession(
  tx: Prisma.TransactionClient,
  user: User,
  input: { ip: string; userAgent?: string | null; now: Date; secondFactor?: "totp" | "recovery" },
): Promise<SignInOutcome> {
  await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: input.now } });
  const sessionId = await createStaffSession(tx, {
    userId: user.id,
    userAgent: input.userAgent ?? null,
    ip: input.ip,
    now: input.now,
    secondFactorAt: input.secondFactor ? input.now : undefined,
  });
  await recordAudit(tx, {
    actor: { id: user.id, email: user.email },
    action: "auth.sign_in",
    ip: input.ip,
    target: { type: "user", id: user.id },
    after: input.secondFactor ? { secondFactor: input.secondFactor } : undefined,
  });
  return { ok: true, staff: { id: user.id, email: user.email, name: user.name, role: user.role, sessionId } };
}

/**
 * Checks a sign-in. Serialised per account and per IP with advisory locks so the throttle's count
 * is exact even when attempts arrive in parallel on several instances. Every attempt, throttled or
 * not, is recorded (login_attempts) and audited. A success opens a session row in the same
 * transaction (lib/auth/staff-sessions.ts), unless the person has enrolled an authenticator app:
 * then it throws `code_required` with a signed challenge for the code step.
 */
export async function signInStaff(
  db: PrismaClient,
  input: { email: string; password: string; ip: string; userAgent?: string | null },
  now = new Date(),
): Promise<StaffIdentity> {
  const email = normalizeEmail(input.email);
  decoyHash ??= hashPassword("decoy password");
  const outcome = await db.$transaction(
    async (tx): Promise<SignInOutcome> => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login:${email}`}))`;
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login-ip:${input.ip}`}))`;
      const actor = { id: null, email };
      const throttle = await checkLoginThrottle(tx, email, input.ip, now);
      if (!throttle.allowed) {
        await recordAudit(tx, {
          actor,
          action: "auth.sign_in_throttled",
          ip: input.ip,
          after: { retryAfterSeconds: throttle.retryAfterSeconds },
        });
        return {
          ok: false,
          error: new AppError("too_many_attempts", { retryAfterSeconds: throttle.retryAfterSeconds }),
        };
      }
      const user = await tx.user.findUnique({ where: { email } });
      const valid = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash!));
      const success = Boolean(user && user.active && valid);
      await tx.loginAttempt.create({ data: { email, ip: input.ip, success, attemptedAt: now } });
      if (!user || !success) {
        const reason = !user ? "unknown_email" : !user.active ? "inactive" : "wrong_password";
        await recordAudit(tx, {
          actor: { id: user?.id ?? null, email },
          action: "auth.sign_in_failed",
          ip: input.ip,
          target: user ? { type: "user", id: user.id } : undefined,
          after: { reason },
        });
        return { ok: false, error: new AppError("invalid_credentials") };
      }
      // With an authenticator enrolled, the password only earns a challenge: no session until
      // the code is right (lib/auth/two-factor/sign-in-with-code.ts).
      if (user.totpEnabledAt)
        return {
          ok: false,
          error: new AppError("code_required", { challenge: issueChallenge(user.id, now) }),
        };
      return openSignedInSession(tx, user, { ip: input.ip, userAgent: input.userAgent, now });
    },
    { timeout: 30_000, maxWait: 20_000 },
  );
  if (!outcome.ok) throw outcome.error;
  return outcome.staff;
}
