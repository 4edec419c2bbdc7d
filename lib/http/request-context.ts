import { clientIp } from "@/lib/auth/client-ip";
import type { Staff } from "@/lib/auth/current-staff";
import type { AuditActor } from "@/lib/audit/record-audit";

/** Who did it and from where, for the audit record of a staff action. */
export function auditContext(staff: Staff, request: Request): { actor: AuditActor; ip: string } {
  return { actor: { id: staff.id, email: staff.email }, ip: clientIp(request.headers) };
}
