import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { E2E_ORIGIN } from "./support/e2e-env";
import { createStaff, signInApi } from "./support/staff";

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

test("the client bundle carries no LigdiCash credential", () => {
  // The journeys' server runs with the simulator's credentials: they must exist only server-side.
  const secrets = ["sim-api-key", "sim-auth-token"];
  const clientFiles = filesUnder(`${process.env.CAISSE_DIST_DIR ?? ".next"}/static`).filter((f) =>
    f.endsWith(".js"),
  );
  expect(clientFiles.length).toBeGreaterThan(5);
  const leaks = clientFiles.flatMap((file) =>
    secrets.filter((s) => readFileSync(file, "utf8").includes(s)).map((s) => `${s} in ${file}`),
  );
  expect(leaks).toEqual([]);
});

test("pages are sent with security headers and a per-request CSP nonce", async ({ request }) => {
  const first = await request.get("/login");
  const second = await request.get("/login");
  const headers = first.headers();
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
  const nonce = (csp?: string) => csp?.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce(headers["content-security-policy"])).toBeTruthy();
  expect(nonce(headers["content-security-policy"])).not.toBe(
    nonce(second.headers()["content-security-policy"]),
  );
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("a state-changing request from another site is refused, even with a valid session", async ({
  request,
}) => {
  await signInApi(request, await createStaff("admin"));
  const body = {
    name: "Intrus",
    email: `intrus-${Date.now()}@e2e.caisse.local`,
    role: "admin",
    password: "un-mot-de-passe-solide",
  };
  const forged = await request.post("/api/users", {
    data: body,
    headers: { Origin: "https://evil.example" },
  });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error.code).toBe("csrf_rejected");
  const genuine = await request.post("/api/users", { data: body, headers: { Origin: E2E_ORIGIN } });
  expect(genuine.status()).toBe(201);
});

test("hostile input gets a clear error, never a 500: a control character in an id, an oversized body", async ({
  request,
}) => {
  await signInApi(request, await createStaff("admin"));
  const nul = await request.get("/api/payouts/%00");
  expect(nul.status()).toBe(404);
  expect((await nul.json()).error.code).toBe("not_found");
  const huge = await request.post("/api/invoices", {
    data: { description: "x".repeat(200_000) },
    headers: { Origin: E2E_ORIGIN },
  });
  expect(huge.status()).toBe(413);
  expect((await huge.json()).error.code).toBe("payload_too_large");
  // next-auth's own endpoints are under the same rule: refused before next-auth reads the form.
  const hugeSignIn = await request.post("/api/auth/callback/credentials", {
    form: { email: "a@b.bf", password: "x".repeat(200_000) },
    headers: { Origin: E2E_ORIGIN },
  });
  expect(hugeSignIn.status()).toBe(413);
  expect((await hugeSignIn.json()).error.code).toBe("payload_too_large");
});

test("after sign-in, a callback address that leads to another host lands on the overview", async ({
  page,
}) => {
  const staff = await createStaff("viewer");
  await page.goto("/login?callbackUrl=/%5C127.0.0.1:8123/x");
  await page.getByLabel("Adresse e-mail").fill(staff.email);
  await page.getByLabel("Mot de passe").fill(staff.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("current-staff")).toBeVisible();
  expect(new URL(page.url()).origin).toBe(E2E_ORIGIN);
  expect(new URL(page.url()).pathname).toBe("/");
});

test("JSON answers carry a CSP that lets nothing load; plain HTTP gets no Strict-Transport-Security", async ({
  request,
}) => {
  for (const path of ["/api/audit", "/api/health", "/api/auth/csrf"]) {
    const headers = (await request.get(path)).headers();
    expect(headers["content-security-policy"], path).toBe("default-src 'none'; frame-ancestors 'none'");
    // The journeys' server is served over http://: HSTS there would lock browsers out of it.
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});
