import type { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/app-error";
import { openSignedInSession, type SignInOutcome, type StaffIdentity } from "../sign-in-staff";
import { readChallenge } from "./challenge";
import { proveSecondFactor } from "./prove-code";

/**
 * The second step of signing in: the challenge signed when the password was accepted
 * (lib/auth/sign-in-staff.ts), and a code. Only now is a session opened: before the code is right,
 * nothing a browser holds lets it in.
 */
export async function signInWithCode(
  db: PrismaClient,
  input: { challenge: string; code: string; ip: string; userAgent?: string | null },
  now = new Date(),
): Promise<StaffIdentity> {
  const userId = readChallenge(input.challenge, now);
  if (!userId) throw new AppError("sign_in_expired");
  const outcome = await db.$transaction(
    async (tx): Promise<SignInOutcome> => {
      const user = await tx.user.findUnique({ where: { id: userId } });
      if (!user?.active || !user.totpEnabledAt) return { ok: false, error: new AppError("sign_in_expired") };
      const proof = await proveSecondFactor(tx, { userId, code: input.code, ip: input.ip, now });
      if (!proof.ok) return proof;
      return openSignedInSession(tx, user, {
        ip: input.ip,
        userAgent: input.userAgent,
        now,
        secondFactor: proof.method,
      });
    },
    { timeout: 30_000, maxWait: 20_000 },
  );
  if (!outcome.ok) throw outcome.error;
  return outcome.staff;
}
