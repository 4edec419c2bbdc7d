import { randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { ABSOLUTE_TIMEOUT_MS } from "./session-policy";

// A session is a row in staff_sessions; the session cookie (a JWT encrypted with NEXTAUTH_SECRET)
// only carries its id. This is the one mechanism that ends sessions: deleting the row. Sign-out
// deletes one row; sign-out everywhere, a password reset, a role change and a deactivation
// delete all of a person's rows. The JWT's own times still enforce the idle and absolute limits
// without a write per request (lib/auth/session-policy.ts).

type Tx = Prisma.TransactionClient | PrismaClient;

export type SessionOwner = {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  /** Whether the person has enrolled an authenticator app. */
  twoFactor: boolean;
  /** When this session last proved a second-factor code (null: never). */
  secondFactorAt: Date | null;
};

/** Opens a session for a person who just proved who they are; returns its id for the cookie. */
export async function createStaffSession(
  tx: Tx,
  input: { userId: string; userAgent: string | null; ip: string; now: Date; secondFactorAt?: Date },
): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + ABSOLUTE_TIMEOUT_MS);
  await tx.staffSession.create({
    data: {
      id,
      userId: input.userId,
      createdAt: input.now,
      expiresAt,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
      ip: input.ip,
      secondFactorAt: input.secondFactorAt ?? null,
    },
  });
  return id;
}

/**
 * The session and its owner in one round trip (a primary-key lookup joined to users): this runs
 * on every staff request. Null when the row is gone or past its absolute limit.
 */
export async function findSessionOwner(
  db: PrismaClient,
  sessionId: string,
  now = new Date(),
): Promise<SessionOwner | null> {
  const rows = await db.$queryRaw<SessionOwner[]>`
    SELECT u.id, u.email, u.name, u.role::text AS role, u.active,
      u.totp_enabled_at IS NOT NULL AS "twoFactor", s.second_factor_at AS "secondFactorAt"
    FROM staff_sessions s JOIN users u ON u.id = s.user_id
    WHERE s.id = ${sessionId} AND s.expires_at > ${now}`;
  return rows[0] ?? null;
}

/** Ends one session (sign-out). Deleting a row already gone is fine: sign-out is idempotent. */
export async function endStaffSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.staffSession.deleteMany({ where: { id: sessionId } });
}

/** Ends every session of a person; returns how many were open. */
export async function endAllStaffSessions(tx: Tx, userId: string): Promise<number> {
  return (await tx.staffSession.deleteMany({ where: { userId } })).count;
}

/** Deletes sessions past their absolute limit (an index range scan; run by the background pass). */
export async function deleteExpiredSessions(tx: Tx, now = new Date()): Promise<number> {
  return (await tx.staffSession.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}

/** Records that this session has just proved a second-factor code (step-up, enrolment). */
export async function markSecondFactor(tx: Tx, sessionId: string, now: Date): Promise<void> {
  await tx.staffSession.updateMany({ where: { id: sessionId }, data: { secondFactorAt: now } });
}
