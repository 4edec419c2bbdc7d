import type { Prisma } from "@/lib/generated/prisma/client";

/** At most 5 failed sign-ins per account and 10 per IP address in 15 minutes. Kept in
 * PostgreSQL so the limit holds across app instances. */
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 10;

/** What was tried: the password, or a second-factor code (each has its own count). */
export type LoginFactor = "password" | "code";

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

async function recentFailures(
  tx: Prisma.TransactionClient,
  where: Prisma.LoginAttemptWhereInput,
  limit: number,
  since: Date,
) {
  return tx.loginAttempt.findMany({
    where: { ...where, success: false, attemptedAt: { gte: since } },
    orderBy: { attemptedAt: "desc" },
    take: limit,
    select: { attemptedAt: true },
  });
}

function verdict(failures: { attemptedAt: Date }[], limit: number, now: Date): ThrottleVerdict {
  const oldestCounted = failures[limit - 1];
  if (!oldestCounted) return { allowed: true };
  const retryAt = oldestCounted.attemptedAt.getTime() + THROTTLE_WINDOW_MS;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((retryAt - now.getTime()) / 1000)) };
}

/**
 * Whether a sign-in may be tried now. Failures before the account's last successful sign-in do
 * not count against the account (they still count against the IP address).
 * Call inside a transaction holding the sign-in locks (see signInStaff) so that concurrent
 * attempts cannot all pass the check before any failure is written.
 */
export async function checkLoginThrottle(
  tx: Prisma.TransactionClient,
  email: string,
  ip: string,
  now: Date,
  factor: LoginFactor = "password",
): Promise<ThrottleVerdict> {
  const windowStart = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lastSuccess = await tx.loginAttempt.findFirst({
    where: { email, factor, success: true, attemptedAt: { gte: windowStart } },
    orderBy: { attemptedAt: "desc" },
  });
  const accountSince =
    lastSuccess && lastSuccess.attemptedAt > windowStart ? lastSuccess.attemptedAt : windowStart;
  const [byAccount, byIp] = await Promise.all([
    recentFailures(tx, { email, factor }, MAX_FAILURES_PER_ACCOUNT, accountSince),
    recentFailures(tx, { ip, factor }, MAX_FAILURES_PER_IP, windowStart),
  ]);
  const account = verdict(byAccount, MAX_FAILURES_PER_ACCOUNT, now);
  const address = verdict(byIp, MAX_FAILURES_PER_IP, now);
  if (account.allowed) return address;
  if (address.allowed) return account;
  return {
    allowed: false,
    retryAfterSeconds: Math.max(account.retryAfterSeconds, address.retryAfterSeconds),
  };
}
