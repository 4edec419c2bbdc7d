import { expect, test } from "@playwright/test";
import { E2E_ORIGIN } from "./support/e2e-env";
import { freshLoopbackAddress, requestFrom } from "./support/raw-http";
import { query } from "./support/staff";

// The app is reached directly here (no proxy in front, TRUSTED_PROXIES unset): the address on the
// socket is the client, and anything a client writes in X-Forwarded-For or X-Real-IP is ignored.

/** One sign-in attempt through next-auth's credentials endpoint; returns next-auth's error code. */
async function attemptSignIn(from: string, email: string, forwardedFor: string): Promise<string> {
  const csrf = await requestFrom(from, { method: "GET", path: "/api/auth/csrf" });
  const cookie = ([] as string[])
    .concat(csrf.headers["set-cookie"] ?? [])
    .map((c) => c.split(";")[0])
    .join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password: "pas-le-bon", json: "true" }).toString();
  const answer = await requestFrom(from, {
    method: "POST",
    path: "/api/auth/callback/credentials",
    headers: {
      cookie,
      origin: E2E_ORIGIN,
      "content-type": "application/x-www-form-urlencoded",
      "x-forwarded-for": forwardedFor,
      "x-real-ip": forwardedFor,
    },
    body,
  });
  // With `json: "true"` next-auth answers the redirect as JSON (401 on a refusal).
  const header = answer.headers.location;
  const location = typeof header === "string" ? header : (JSON.parse(answer.body) as { url: string }).url;
  return new URL(location, E2E_ORIGIN).searchParams.get("error") ?? "none";
}

test("a forged X-Forwarded-For does not escape the sign-in throttle, and the audit keeps the socket's address", async () => {
  const from = freshLoopbackAddress();
  const stamp = Date.now();
  for (let i = 0; i < 10; i++)
    expect(await attemptSignIn(from, `personne-${stamp}-${i}@e2e.caisse.local`, "203.0.113.77")).toBe(
      "invalid_credentials",
    );
  // A new forged address on the 11th attempt: still the same client, still throttled.
  expect(await attemptSignIn(from, `personne-${stamp}-10@e2e.caisse.local`, "198.51.100.9")).toMatch(
    /^too_many_attempts:\d+$/,
  );

  const attempts = await query<{ ip: string }>("SELECT DISTINCT ip FROM login_attempts WHERE email LIKE $1", [
    `personne-${stamp}-%`,
  ]);
  expect(attempts.map((a) => a.ip)).toEqual([from]);
  const audit = await query<{ ip: string; action: string }>(
    "SELECT DISTINCT ip, action FROM audit_log WHERE actor_email LIKE $1 ORDER BY action",
    [`personne-${stamp}-%`],
  );
  expect(audit).toEqual([
    { ip: from, action: "auth.sign_in_failed" },
    { ip: from, action: "auth.sign_in_throttled" },
  ]);
});

test("a LigdiCash callback is recorded with the socket's address, not the one it claims", async () => {
  const from = freshLoopbackAddress();
  const answer = await requestFrom(from, {
    method: "POST",
    path: "/api/ligdicash/callback",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": "203.0.113.77",
      "x-real-ip": "203.0.113.78",
    },
    body: JSON.stringify({ token: "forged", status: "completed", custom_data: [] }),
  });
  expect(answer.status).toBe(200);
  const { id } = JSON.parse(answer.body) as { id: string };
  const rows = await query<{ source_ip: string }>("SELECT source_ip FROM callback_deliveries WHERE id = $1", [
    id,
  ]);
  expect(rows[0]?.source_ip).toBe(from);
});
