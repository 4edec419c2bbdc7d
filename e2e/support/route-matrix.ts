import type { Permission } from "@/lib/auth/permissions";

/**
 * Every page and route handler of Caisse with the permission it requires. The role matrix test
 * discovers the routes on disk and fails when one is missing here, so a new route cannot ship
 * without its expected access rule.
 * `request` is what the test sends: invalid on purpose for writes, so an allowed role gets a
 * validation error (422/404) and nothing changes.
 */
export type RouteRule = {
  file: string;
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  path: string;
  kind: "page" | "api";
  access: Permission | "public";
  body?: unknown;
};

export const routeRules: RouteRule[] = [
  { file: "app/(dashboard)/page.tsx", method: "GET", path: "/", kind: "page", access: "overview:read" },
  { file: "app/(dashboard)/audit/page.tsx", method: "GET", path: "/audit", kind: "page", access: "audit:read" },
  { file: "app/(dashboard)/users/page.tsx", method: "GET", path: "/users", kind: "page", access: "users:manage" },
  { file: "app/(auth)/login/page.tsx", method: "GET", path: "/login", kind: "page", access: "public" },
  { file: "app/api/health/route.ts", method: "GET", path: "/api/health", kind: "api", access: "public" },
  { file: "app/api/auth/[...nextauth]/route.ts", method: "GET", path: "/api/auth/session", kind: "api", access: "public" },
  { file: "app/api/auth/[...nextauth]/route.ts", method: "POST", path: "/api/auth/signout", kind: "api", access: "public" },
  { file: "app/api/audit/route.ts", method: "GET", path: "/api/audit", kind: "api", access: "audit:read" },
  { file: "app/api/users/route.ts", method: "GET", path: "/api/users", kind: "api", access: "users:manage" },
  { file: "app/api/users/route.ts", method: "POST", path: "/api/users", kind: "api", access: "users:manage", body: {} },
  { file: "app/api/users/[id]/route.ts", method: "PATCH", path: "/api/users/no-such-user", kind: "api", access: "users:manage", body: {} },
  { file: "app/api/users/[id]/password/route.ts", method: "POST", path: "/api/users/no-such-user/password", kind: "api", access: "users:manage", body: {} },
];
