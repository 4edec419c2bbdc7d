import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { API_SCOPES, type ApiScope } from "@/lib/api-keys/scopes";
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
  // Every route × five callers, one after the other: more than the default minute on a busy machine.
  test.setTimeout(180_000);
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

// Every `/api/v1` route × every scope: a key holding every scope but the route's gets 403, a key
// holding only the route's gets past the key check. A route that asks the wrong scope (or none)
// lets the first key through, and this test fails.
test("each API route opens to its own scope and to no other", async () => {
  const admin = await playwrightRequest.newContext({ baseURL: E2E_ORIGIN });
  await signInApi(admin, await createStaff("admin"));
  let made = 0;
  const keyWith = async (scopes: readonly ApiScope[]) => {
    made += 1;
    // Named in words: the staff page sweep reads the keys page, and a scope code is not French.
    const created = await admin.post("/api/api-keys", {
      headers: { Origin: E2E_ORIGIN },
      data: { name: `Contrôle des droits n° ${made}`, scopes },
    });
    expect(created.status(), await created.text()).toBe(201);
    return ((await created.json()) as { secret: string }).secret;
  };
  const only = new Map<ApiScope, string>();
  const allBut = new Map<ApiScope, string>();
  for (const scope of API_SCOPES) {
    only.set(scope, await keyWith([scope]));
    allBut.set(scope, await keyWith(API_SCOPES.filter((s) => s !== scope)));
  }
  const shop = await playwrightRequest.newContext({ baseURL: E2E_ORIGIN });
  const mismatches: string[] = [];
  for (const rule of routeRules.filter((r) => r.access === "api-key")) {
    if (!rule.scope) {
      mismatches.push(`${rule.method} ${rule.path}: no scope in the route matrix`);
      continue;
    }
    for (const [holds, secret] of [
      ["every scope but its own", allBut.get(rule.scope)],
      ["its scope only", only.get(rule.scope)],
    ] as const) {
      const status = (
        await shop.fetch(rule.path, {
          method: rule.method,
          data: rule.body,
          headers: { Authorization: `Bearer ${secret}` },
        })
      ).status();
      const refused = holds === "every scope but its own";
      const ok = refused ? status === 403 : status !== 401 && status !== 403 && status < 500;
      if (!ok) mismatches.push(`${rule.method} ${rule.path} with ${holds}: got ${status}`);
    }
  }
  await shop.dispose();
  await admin.dispose();
  expect(mismatches).toEqual([]);
});
