import type { Role } from "@/lib/generated/prisma/enums";

/**
 * What each role may do. The one table every page, route handler and server action asks
 * (through requireStaff / requireStaffPage): change it here and the role matrix test follows.
 */
export const PERMISSIONS = {
  "overview:read": ["admin", "manager", "finance", "viewer"],
  "invoices:read": ["admin", "manager", "finance", "viewer"],
  "invoices:create": ["admin", "manager", "finance"],
  "payouts:read": ["admin", "manager", "finance", "viewer"],
  "payouts:request": ["admin", "manager", "finance"],
  "payouts:approve": ["admin", "manager"],
  "ledger:read": ["admin", "manager", "finance", "viewer"],
  "ledger:reverse": ["admin", "manager"],
  "transactions:export": ["admin", "manager"],
  "callbacks:read": ["admin", "manager"],
  /** Raw LigdiCash exchanges, tokens and posting keys under "Détails techniques". */
  "gateway:details": ["admin", "manager"],
  "audit:read": ["admin", "manager"],
  "users:manage": ["admin"],
  "settings:manage": ["admin"],
  "go-live:check": ["admin"],
  /** Keys of the merchant's own systems to `/api/v1`. */
  "api-keys:manage": ["admin"],
  /** Endpoints told of verified changes, their secrets and deliveries. */
  "webhooks:manage": ["admin"],
  /** The low-balance banner and e-mail: whoever asks for or approves payouts. */
  "alerts:read": ["admin", "manager", "finance"],
  /** The low-balance thresholds of the operator sub-accounts. */
  "alerts:manage": ["admin", "manager"],
  /** One's own second factor (enrol, prove a code): everyone, enrolled or not. */
  "account:security": ["admin", "manager", "finance", "viewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The staff member a page or answer is made for: what they may do is derived from these. */
export type Viewer = { id: string; role: Role };

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export const ROLES: readonly Role[] = ["admin", "manager", "finance", "viewer"];

/** The roles holding a permission (who receives the e-mail about it, for instance). */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission));
}
