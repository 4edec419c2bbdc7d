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
  { file: "app/api/users/[id]/sessions/route.ts", method: "DELETE", path: "/api/users/no-such-user/sessions", kind: "api", access: "users:manage" },
  { file: "app/(dashboard)/invoices/page.tsx", method: "GET", path: "/invoices", kind: "page", access: "invoices:read" },
  { file: "app/(dashboard)/invoices/new/page.tsx", method: "GET", path: "/invoices/new", kind: "page", access: "invoices:create" },
  { file: "app/(dashboard)/invoices/[id]/page.tsx", method: "GET", path: "/invoices/no-such-invoice", kind: "page", access: "invoices:read" },
  { file: "app/api/invoices/route.ts", method: "GET", path: "/api/invoices", kind: "api", access: "invoices:read" },
  { file: "app/api/invoices/route.ts", method: "POST", path: "/api/invoices", kind: "api", access: "invoices:create", body: {} },
  { file: "app/api/invoices/[id]/route.ts", method: "GET", path: "/api/invoices/no-such-invoice", kind: "api", access: "invoices:read" },
  { file: "app/api/invoices/[id]/revoke/route.ts", method: "POST", path: "/api/invoices/no-such-invoice/revoke", kind: "api", access: "invoices:create", body: {} },
  { file: "app/api/invoices/[id]/verify/route.ts", method: "POST", path: "/api/invoices/no-such-invoice/verify", kind: "api", access: "invoices:read", body: {} },
  { file: "app/pay/[publicId]/page.tsx", method: "GET", path: "/pay/no-such-link", kind: "page", access: "public" },
  { file: "app/pay/[publicId]/return/page.tsx", method: "GET", path: "/pay/no-such-link/return", kind: "page", access: "public" },
  { file: "app/pay/[publicId]/cancel/page.tsx", method: "GET", path: "/pay/no-such-link/cancel", kind: "page", access: "public" },
  { file: "app/pay/[publicId]/go/route.ts", method: "GET", path: "/pay/no-such-link/go", kind: "api", access: "public" },
  { file: "app/api/pay/[publicId]/status/route.ts", method: "GET", path: "/api/pay/no-such-link/status", kind: "api", access: "public" },
  { file: "app/(dashboard)/transactions/page.tsx", method: "GET", path: "/transactions", kind: "page", access: "ledger:read" },
  { file: "app/(dashboard)/transactions/[id]/page.tsx", method: "GET", path: "/transactions/no-such-transaction", kind: "page", access: "ledger:read" },
  { file: "app/api/transactions/route.ts", method: "GET", path: "/api/transactions", kind: "api", access: "ledger:read" },
  { file: "app/api/transactions/export/route.ts", method: "GET", path: "/api/transactions/export?format=csv&type=payin&q=no-such-row", kind: "api", access: "transactions:export" },
  { file: "app/(dashboard)/ledger/page.tsx", method: "GET", path: "/ledger", kind: "page", access: "ledger:read" },
  { file: "app/(dashboard)/callbacks/page.tsx", method: "GET", path: "/callbacks", kind: "page", access: "callbacks:read" },
  { file: "app/api/ledger/route.ts", method: "GET", path: "/api/ledger", kind: "api", access: "ledger:read" },
  { file: "app/api/ledger/journals/[id]/reverse/route.ts", method: "POST", path: "/api/ledger/journals/no-such-journal/reverse", kind: "api", access: "ledger:reverse", body: {} },
  { file: "app/api/callbacks/route.ts", method: "GET", path: "/api/callbacks", kind: "api", access: "callbacks:read" },
  { file: "app/api/callbacks/[id]/reverify/route.ts", method: "POST", path: "/api/callbacks/no-such-delivery/reverify", kind: "api", access: "callbacks:read", body: {} },
  { file: "app/api/live/route.ts", method: "GET", path: "/api/live?once=1", kind: "api", access: "overview:read" },
  { file: "app/api/ligdicash/callback/route.ts", method: "POST", path: "/api/ligdicash/callback", kind: "api", access: "public", body: {} },
  { file: "app/(dashboard)/payouts/page.tsx", method: "GET", path: "/payouts", kind: "page", access: "payouts:read" },
  { file: "app/(dashboard)/payouts/new/page.tsx", method: "GET", path: "/payouts/new?invoice=no-such-invoice", kind: "page", access: "payouts:request" },
  { file: "app/(dashboard)/payouts/[id]/page.tsx", method: "GET", path: "/payouts/no-such-payout", kind: "page", access: "payouts:read" },
  { file: "app/api/payouts/route.ts", method: "GET", path: "/api/payouts", kind: "api", access: "payouts:read" },
  { file: "app/api/payouts/route.ts", method: "POST", path: "/api/payouts", kind: "api", access: "payouts:request", body: {} },
  { file: "app/api/payouts/[id]/route.ts", method: "GET", path: "/api/payouts/no-such-payout", kind: "api", access: "payouts:read" },
  { file: "app/api/payouts/[id]/approve/route.ts", method: "POST", path: "/api/payouts/no-such-payout/approve", kind: "api", access: "payouts:approve", body: {} },
  { file: "app/api/payouts/[id]/reject/route.ts", method: "POST", path: "/api/payouts/no-such-payout/reject", kind: "api", access: "payouts:approve", body: {} },
  { file: "app/api/payouts/[id]/verify/route.ts", method: "POST", path: "/api/payouts/no-such-payout/verify", kind: "api", access: "payouts:request", body: {} },
  { file: "app/api/payouts/[id]/send/route.ts", method: "POST", path: "/api/payouts/no-such-payout/send", kind: "api", access: "payouts:request", body: {} },
  { file: "app/api/payouts/[id]/mobile-money/route.ts", method: "POST", path: "/api/payouts/no-such-payout/mobile-money", kind: "api", access: "payouts:request", body: {} },
  { file: "app/api/payouts/[id]/resolve/route.ts", method: "POST", path: "/api/payouts/no-such-payout/resolve", kind: "api", access: "payouts:approve", body: {} },
  { file: "app/api/payouts/settings/route.ts", method: "PUT", path: "/api/payouts/settings", kind: "api", access: "settings:manage", body: {} },
];
