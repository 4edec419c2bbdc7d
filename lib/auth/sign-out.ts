"use server";

import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { clientIp } from "./client-ip";
import { lookupStaff } from "./current-staff";
import { SECURE_COOKIES, SESSION_COOKIE } from "./session-cookie";
import { endAllStaffSessions, endStaffSession } from "./staff-sessions";

async function forgetCookieAndLeave(): Promise<never> {
  // A `__Secure-` cookie is only replaced by a `Secure` one: the removal must carry the flag.
  (await cookies()).delete({ name: SESSION_COOKIE, path: "/", secure: SECURE_COOKIES });
  redirect("/login");
}

/**
 * Signs the person out of this browser: a server action, so staff pages carry no sign-in
 * library in their JavaScript. The session row is deleted, so a copy of the cookie is refused
 * from now on (removing the cookie alone would leave copies valid until they expire).
 */
export async function signOut(): Promise<void> {
  const lookup = await lookupStaff();
  if (lookup.status === "signed_in") {
    const { id, email } = lookup.staff;
    await db().$transaction(async (tx) => {
      await endStaffSession(tx, lookup.sessionId);
      await recordAudit(tx, {
        actor: { id, email },
        action: "auth.sign_out",
        target: { type: "user", id },
        ip: clientIp(await headers()),
      });
    });
  }
  await forgetCookieAndLeave();
}

/** Signs the person out of every browser they signed in from, this one included. */
export async function signOutEverywhere(): Promise<void> {
  const lookup = await lookupStaff();
  if (lookup.status === "signed_in") {
    const { id, email } = lookup.staff;
    await db().$transaction(async (tx) => {
      const ended = await endAllStaffSessions(tx, id);
      await recordAudit(tx, {
        actor: { id, email },
        action: "auth.sign_out_everywhere",
        target: { type: "user", id },
        ip: clientIp(await headers()),
        after: { sessions: ended },
      });
    });
  }
  await forgetCookieAndLeave();
}
