import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";

// Whether Caisse is served over HTTPS is read once, when the proxy's modules load: each case loads
// them afresh under its own environment, as a server started with that configuration would.
const SECRET = "a-session-secret-long-enough-for-the-test";

async function loadProxy(publicUrl: string) {
  vi.resetModules();
  vi.stubEnv("CAISSE_PUBLIC_URL", publicUrl);
  vi.stubEnv("NEXTAUTH_URL", "");
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  const { proxy } = await import("@/proxy");
  const { SESSION_COOKIE } = await import("@/lib/auth/session-cookie");
  return { proxy, cookieName: SESSION_COOKIE };
}

/** A signed-in staff member whose last request was two minutes ago: the proxy renews the cookie. */
async function staffRequest(origin: string, cookieName: string) {
  const now = Date.now();
  const token = await encode({
    token: { sub: "staff-1", loginAt: now - 5 * 60_000, seenAt: now - 2 * 60_000 },
    secret: SECRET,
  });
  return new NextRequest(`${origin}/invoices`, { headers: { cookie: `${cookieName}=${token}` } });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("proxy over HTTPS", () => {
  it("tells browsers to keep to HTTPS and renews the session in a Secure __Secure- cookie", async () => {
    const { proxy, cookieName } = await loadProxy("https://caisse.example.bf");
    expect(cookieName).toBe("__Secure-next-auth.session-token");

    const response = await proxy(await staffRequest("https://caisse.example.bf", cookieName));

    expect(response.headers.get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    const renewed = response.headers.get("set-cookie") ?? "";
    expect(renewed).toContain(`${cookieName}=`);
    expect(renewed).toMatch(/;\s*Secure/i);
  });

  it("over plain HTTP sends no Strict-Transport-Security and a cookie without Secure", async () => {
    const { proxy, cookieName } = await loadProxy("http://localhost:3000");
    expect(cookieName).toBe("next-auth.session-token");

    const response = await proxy(await staffRequest("http://localhost:3000", cookieName));

    expect(response.headers.get("Strict-Transport-Security")).toBeNull();
    const renewed = response.headers.get("set-cookie") ?? "";
    expect(renewed).toContain(`${cookieName}=`);
    expect(renewed).not.toMatch(/;\s*Secure/i);
  });
});
