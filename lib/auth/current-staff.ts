import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { AppError } from "@/lib/http/app-error";
import { authOptions } from "./auth-options";
import { can, type Permission } from "./permissions";
import { sessionState } from "./session-policy";

export type Staff = { id: string; email: string; name: string; role: Role };
type Lookup = { status: "signed_in"; staff: Staff } | { status: "signed_out" } | { status: "expired" };

/**
 * The signed-in staff member, checked against the database on every request: a deactivated
 * account, a changed password or a changed role takes effect at once, on every instance.
 * Cached per request.
 */
export const lookupStaff = cache(async (): Promise<Lookup> => {
  const session = await getServerSession(authOptions);
  if (!session?.user.id) return { status: "signed_out" };
  if (sessionState(session, Date.now()) !== "active") return { status: "expired" };
  const user = await db().user.findUnique({ where: { id: session.user.id } });
  if (!user || !user.active || user.sessionVersion !== session.sessionVersion) return { status: "expired" };
  return { status: "signed_in", staff: { id: user.id, email: user.email, name: user.name, role: user.role } };
});

/** For route handlers and server actions: the staff member allowed to do `permission`, or a thrown 401/403. */
export async function requireStaff(permission: Permission): Promise<Staff> {
  const lookup = await lookupStaff();
  if (lookup.status === "signed_out") throw new AppError("unauthenticated");
  if (lookup.status === "expired") throw new AppError("session_expired");
  if (!can(lookup.staff.role, permission)) throw new AppError("forbidden", { permission });
  return lookup.staff;
}

/** For pages: redirects to sign-in when there is no valid session, renders 403 without the permission. */
export async function requireStaffPage(permission: Permission): Promise<Staff> {
  const lookup = await lookupStaff();
  if (lookup.status === "signed_out") redirect("/login");
  if (lookup.status === "expired") redirect("/login?expired=1");
  if (!can(lookup.staff.role, permission)) forbidden();
  return lookup.staff;
}
