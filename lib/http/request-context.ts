import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import type { Locale } from "@/i18n/config";
import type { AuditActor } from "@/lib/audit/record-audit";
import { clientIp } from "@/lib/auth/client-ip";
import { requireStaff, requireStaffPage, type Staff } from "@/lib/auth/current-staff";
import type { Permission } from "@/lib/auth/permissions";
import { appServices, type Services } from "@/lib/app-services";
import { currentLocale } from "@/lib/i18n/current-locale";

/** The staff member acting, as the audit trail records them. */
export type Actor = AuditActor & { id: string };

/**
 * What a domain operation is handed as its first argument: who acts, from where, and the services
 * it uses. Each operation asks only for the fields it needs (`Pick<OperationContext, "db" | "actor">`).
 * No locale: domain code names its refusals with codes; words are made at the edge.
 */
export type OperationContext = Services & { actor: Actor; ip: string | null };

/** One request, built once: the operation context plus what only the edge needs (language, request id). */
export type RequestContext = Services & {
  actor: Actor | null;
  staff: Staff | null;
  ip: string;
  locale: Locale;
  requestId: string;
};

/** A request from a signed-in staff member holding the route's permission. */
export type StaffContext = RequestContext & { actor: Actor; staff: Staff };

/** The context of a request before anyone is identified: enough to answer an error in the right language. */
export async function anonymousContext(requestHeaders: Headers): Promise<RequestContext> {
  const context = {
    actor: null,
    staff: null,
    ip: clientIp(requestHeaders),
    locale: await currentLocale(),
    requestId: randomUUID(),
  };
  return Object.defineProperties(context, Object.getOwnPropertyDescriptors(appServices())) as RequestContext;
}

/** Identifies the staff member (401/403 when they may not do `permission`) and adds them to the context. */
export async function withStaff(context: RequestContext, permission: Permission): Promise<StaffContext> {
  const staff = await requireStaff(permission);
  return Object.assign(context, { staff, actor: { id: staff.id, email: staff.email } });
}

/**
 * For server-component pages that call domain operations: redirects to sign-in or renders 403 as
 * the page guard does, then the same context a route handler gets.
 */
export async function pageContext(permission: Permission): Promise<StaffContext> {
  const staff = await requireStaffPage(permission);
  const context = await anonymousContext(await headers());
  return Object.assign(context, { staff, actor: { id: staff.id, email: staff.email } });
}
