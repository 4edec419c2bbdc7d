"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { lookupStaff } from "./current-staff";
import { SECURE_COOKIES, SESSION_COOKIE } from "./session-cookie";

/**
 * Signs the person out of this browser: a server action, so staff pages carry no sign-in
 * library in their JavaScript. Like next-auth's own sign-out it removes the cookie; signing
 * someone out everywhere is done by bumping their session version (password reset, deactivation).
 */
export async function signOut(): Promise<void> {
  const lookup = await lookupStaff();
  if (lookup.status === "signed_in") {
    const { id, email } = lookup.staff;
    await db().$transaction((tx) => recordAudit(tx, { actor: { id, email }, action: "auth.sign_out", target: { type: "user", id } }));
  }
  // A `__Secure-` cookie is only replaced by a `Secure` one: the removal must carry the flag.
  (await cookies()).delete({ name: SESSION_COOKIE, path: "/", secure: SECURE_COOKIES });
  redirect("/login");
}
