import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getToken } from "next-auth/jwt";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { can, type Permission } from "./permissions";
import { SECURE_COOKIES } from "./session-cookie";
import { readSessionTimes, sessionState } from "./session-policy";
import { findSessionOwner } from "./staff-sessions";
import { isSecondFactorFresh, isTwoFactorForAllRoles, roleNeedsTwoFactor } from "./two-factor/policy";

export type Staff = { id: string; email: string; name: string; role: Role };
/** Where the session stands with the second factor. */
export type SecondFactorState = { enrolled: boolean; required: boolean; provedAt: Date | null };
type Lookup =
  | { status: "signed_in"; staff: Staff; sessionId: string; secondFactor: SecondFactorState }
  | { status: "signed_out" }
  | { status: "expired" };

/** Enrolling is the one thing someone who must use a second factor may do before enrolling. */
const ENROLMENT: Permission = "account:security";
export const ENROLMENT_PAGE = "/account/security";

/** The decoded session cookie. Read from the cookie only (next-auth's getToken would also take an
 * `Authorization: Bearer` header), and without next-auth's session callback, so the session id it
 * carries never reaches the browser through /api/auth/session. */
async function readSessionToken() {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) return null;
  const req = { cookies: await cookies(), headers: {} } as unknown as Parameters<typeof getToken>[0]["req"];
  return getToken({ req, secret, secureCookie: SECURE_COOKIES });
}

/**
 * The signed-in staff member, checked against the database on every request: the session row
 * and its user in one primary-key lookup (lib/auth/staff-sessions.ts). A session ended anywhere
 * (sign-out, sign-out everywhere, password reset, role change, deactivation) is refused at once,
 * on every instance. Cached per request.
 */
export const lookupStaff = cache(async (): Promise<Lookup> => {
  const token = await readSessionToken();
  if (!token?.sub) return { status: "signed_out" };
  const times = readSessionTimes(token);
  if (!times || !token.sid || sessionState(times, Date.now()) !== "active") return { status: "expired" };
  const user = await findSessionOwner(db(), token.sid);
  if (!user || !user.active || user.id !== token.sub) return { status: "expired" };
  // The setting is only read for roles that do not need a second factor anyway.
  const required = roleNeedsTwoFactor(user.role, false) || (await isTwoFactorForAllRoles(db()));
  return {
    status: "signed_in",
    staff: { id: user.id, email: user.email, name: user.name, role: user.role },
    sessionId: token.sid,
    secondFactor: { enrolled: user.twoFactor, required, provedAt: user.secondFactorAt },
  };
});

/** For route handlers and server actions: the staff member allowed to do `permission`, or a thrown 401/403. */
export async function requireStaff(permission: Permission): Promise<Staff> {
  const lookup = await lookupStaff();
  if (lookup.status === "signed_out") throw new AppError("unauthenticated");
  if (lookup.status === "expired") throw new AppError("session_expired");
  if (!can(lookup.staff.role, permission)) throw new AppError("forbidden", { permission });
  if (mustEnrolFirst(lookup.secondFactor, permission)) throw new AppError("second_factor_required");
  return lookup.staff;
}

function mustEnrolFirst(state: SecondFactorState, permission: Permission): boolean {
  return state.required && !state.enrolled && permission !== ENROLMENT;
}

/**
 * For actions that move money or change who may do what: a code proved in this session within
 * the last 10 minutes, or a thrown `step_up_required` (the page asks a code and retries).
 */
export async function requireRecentSecondFactor(now = new Date()): Promise<void> {
  const lookup = await lookupStaff();
  if (lookup.status !== "signed_in") throw new AppError("unauthenticated");
  if (!lookup.secondFactor.enrolled) throw new AppError("second_factor_required");
  if (!isSecondFactorFresh(lookup.secondFactor.provedAt, now)) throw new AppError("step_up_required");
}

/** The signed-in session's id and second-factor state (the security page and step-up route). */
export async function requireSession(): Promise<{
  staff: Staff;
  sessionId: string;
  secondFactor: SecondFactorState;
}> {
  const lookup = await lookupStaff();
  if (lookup.status === "signed_out") throw new AppError("unauthenticated");
  if (lookup.status === "expired") throw new AppError("session_expired");
  return lookup;
}

/** For pages: redirects to sign-in when there is no valid session, renders 403 without the permission. */
export async function requireStaffPage(permission: Permission): Promise<Staff> {
  const lookup = await lookupStaff();
  if (lookup.status === "signed_out") redirect("/login");
  if (lookup.status === "expired") redirect("/login?expired=1");
  if (!can(lookup.staff.role, permission)) forbidden();
  if (mustEnrolFirst(lookup.secondFactor, permission)) redirect(ENROLMENT_PAGE);
  return lookup.staff;
}
