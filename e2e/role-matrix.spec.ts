import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { can, ROLES } from "@/lib/auth/permissions";
import { discoverRoutes } from "./support/discover-routes";
import { E2E_ORIGIN } from "./support/e2e-env";
import { routeRules, type RouteRule } from "./support/route-matrix";
import { createStaff, signInApi, type Role } from "./support/staff";

// Every route × every role and no session. A route that forgets its check answers 200 where
// 401/403 is expected, and this test fails.

test("every route on disk has an access rule", () => {
  const declared = new Set(routeRules.map((r) => `${r.method} ${r.file}`));
  const onDisk = discoverRoutes().map((r) => `${r.method} ${r.file}`);
  expect(
    onDisk.filter((r) => !declared.has(r)),
    "routes without a rule in e2e/support/route-matrix.ts",
  ).toEqual([]);
});

async function send(context: APIRequestContext, rule: RouteRule) {
  return context.fetch(rule.path, {
    method: rule.method,
    data: rule.body,
    headers: { Origin: E2E_ORIGIN },
    maxRedirects: 0,
  });
}

function expectation(rule: RouteRule, role: Role | null): "allowed" | "unauthenticated" | "forbidden" {
  if (rule.access === "public") return "allowed";
  if (!role || rule.access === "api-key") return "unauthenticated";
  return can(role, rule.access) ? "allowed" : "forbidden";
}

test("each role gets exactly what the permission table grants", async () => {
  const contexts = new Map<Role | null, APIRequestContext>();
  contexts.set(null, await playwrightRequest.newContext({ baseURL: E2E_ORIGIN }));
  for (const role of ROLES) {
    const context = await playwrightRequest.newContext({ baseURL: E2E_ORIGIN });
    await signInApi(context, await createStaff(role));
    contexts.set(role, context);
  }
  const mismatches: string[] = [];
  for (const rule of routeRules.filter((r) => !r.path.startsWith("/api/auth/"))) {
    for (const [role, context] of contexts) {
      const response = await send(context, rule);
      const status = response.status();
      const expected = expectation(rule, role);
      const location = response.headers()["location"] ?? "";
      const actual =
        status === 401 ||
        (rule.kind === "page" && status >= 300 && status < 400 && location.includes("/login"))
          ? "unauthenticated"
          : status === 403
            ? "forbidden"
            : status < 500
              ? "allowed"
              : `error ${status}`;
      if (actual !== expected)
        mismatches.push(
          `${rule.method} ${rule.path} as ${role ?? "anonymous"}: expected ${expected}, got ${actual} (${status})`,
        );
    }
  }
  for (const context of contexts.values()) await context.dispose();
  expect(mismatches).toEqual([]);
});
