import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { type APIRequestContext, type Page, expect } from "@playwright/test";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { sealSecret } from "@/lib/auth/two-factor/secret-box";
import { newTotpSecret, timeStepAt, totpCodeAt } from "@/lib/auth/two-factor/totp";
import { E2E_DATABASE_URL, E2E_ORIGIN, E2E_PORT } from "./e2e-env";

export type Role = "admin" | "manager" | "finance" | "viewer";

export type StaffCredentials = {
  id: string;
  email: string;
  password: string;
  name: string;
  role: Role;
  /** The authenticator secret enrolled for them (admins and managers must have one). */
  totpSecret?: string;
};

/** The roles that must use a second factor (lib/auth/two-factor/policy.ts). */
const TWO_FACTOR_ROLES: readonly Role[] = ["admin", "manager"];

// Plain `pg` rather than the Prisma client: the journeys only need a few rows, and the test
// runner's loader need not compile the generated client.
const pool = new pg.Pool({ connectionString: E2E_DATABASE_URL, max: 2 });

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await pool.query<T>(sql, params)).rows;
}

/**
 * A fresh staff account straight in the journeys' database: each test gets its own. Admins and
 * managers come with an authenticator already enrolled (a known secret, sealed as the app seals
 * it), unless `twoFactor: false` (a journey that enrols through the page).
 */
export async function createStaff(
  role: Role,
  name = `Test ${role}`,
  options: { twoFactor?: boolean } = {},
): Promise<StaffCredentials> {
  const email = `${role}-${randomBytes(4).toString("hex")}@e2e.caisse.local`;
  const password = `pw-${randomBytes(9).toString("base64url")}`;
  const id = `e2e${randomBytes(10).toString("hex")}`;
  const totpSecret = (options.twoFactor ?? TWO_FACTOR_ROLES.includes(role)) ? newTotpSecret() : undefined;
  await query(
    `INSERT INTO users (id, email, name, role, password_hash, totp_secret, totp_enabled_at, updated_at)
     VALUES ($1, $2, $3, $4::"Role", $5, $6, $7, now())`,
    [
      id,
      email,
      name,
      role,
      await hashPassword(password),
      totpSecret ? sealSecret(totpSecret, sessionSecret()) : null,
      totpSecret ? new Date() : null,
    ],
  );
  return { id, email, password, name, role, totpSecret };
}

/**
 * A code the server will take now: the current time step's, or a later one within the step the
 * server also accepts when this person already used the current one (a used step is never taken
 * again). Waits for the clock when both are used.
 */
export async function currentCode(staff: { id: string }, secret: string): Promise<string> {
  for (;;) {
    const [row] = await query<{ totp_last_step: number | null }>(
      `SELECT totp_last_step FROM users WHERE id = $1`,
      [staff.id],
    );
    const now = timeStepAt(new Date());
    const step = Math.max(now, (row?.totp_last_step ?? -Infinity) + 1);
    if (step <= now + 1) return totpCodeAt(secret, step);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Signs in through the real form, as a person would. */
export async function signIn(
  page: Page,
  staff: { id?: string; email: string; password: string; totpSecret?: string },
  origin = "",
): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Adresse e-mail").fill(staff.email);
  await page.getByLabel("Mot de passe").fill(staff.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  if (staff.totpSecret && staff.id) {
    const code = page.getByLabel("Code à 6 chiffres ou code de secours");
    await expect(code).toBeVisible({ timeout: 30_000 });
    await code.fill(await currentCode({ id: staff.id }, staff.totpSecret));
    await page.getByRole("button", { name: "Vérifier le code" }).click();
  }
  // A sign-in pays for one scrypt hash: several seconds on a loaded machine.
  await expect(page.getByTestId("current-staff")).toBeVisible({ timeout: 30_000 });
}

/** Signs an API context in through next-auth's credentials endpoint (for request-level tests). */
export async function signInApi(
  request: APIRequestContext,
  staff: { id?: string; email: string; password: string; totpSecret?: string },
): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const post = async (fields: Record<string, string>) => {
    const response = await request.post("/api/auth/callback/credentials", {
      form: { csrfToken, ...fields, json: "true" },
      headers: { Origin: E2E_ORIGIN },
      maxRedirects: 0,
    });
    // A refusal (the code step is one) answers 401 with the error in the URL, as the form reads it.
    expect([200, 302, 401]).toContain(response.status());
    const location =
      response.status() === 302
        ? (response.headers()["location"] ?? "")
        : (((await response.json()) as { url?: string }).url ?? "");
    return new URL(location, E2E_ORIGIN).searchParams.get("error");
  };
  const error = await post({ email: staff.email, password: staff.password });
  // The password earned a challenge: the code step, as the form would do it.
  if (error?.startsWith("code_required:") && staff.totpSecret && staff.id)
    await post({
      challenge: error.slice("code_required:".length),
      code: await currentCode({ id: staff.id }, staff.totpSecret),
    });
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email: string } };
  expect(session.user?.email).toBe(staff.email);
}

// The journeys' server keeps its generated session secret in its data folder (scripts/start.ts).
const sessionSecret = () => readFileSync(`test-results/e2e-data-${E2E_PORT}/app-secret`, "utf8").trim();

/**
 * A session cookie as sign-in would issue it, with chosen sign-in and last-activity times (ms
 * ago), backed by a session row like a real sign-in's (lib/auth/staff-sessions.ts). Returns the
 * cookie and the row's id.
 */
export async function sessionCookie(staff: StaffCredentials, loginAgo = 0, seenAgo = 0) {
  const now = Date.now();
  const sid = randomBytes(32).toString("base64url");
  // A code proved at sign-in, as the code step records it (lib/auth/two-factor/sign-in-with-code.ts).
  await query(
    `INSERT INTO staff_sessions (id, user_id, created_at, expires_at, second_factor_at) VALUES ($1, $2, $3, $4, $5)`,
    [
      sid,
      staff.id,
      new Date(now - loginAgo),
      new Date(now - loginAgo + 12 * 3600_000),
      new Date(now - loginAgo),
    ],
  );
  const value = await encode({
    secret: sessionSecret(),
    token: {
      sub: staff.id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
      sid,
      loginAt: now - loginAgo,
      seenAt: now - seenAgo,
    },
  });
  return {
    sid,
    cookie: {
      name: "next-auth.session-token",
      value,
      url: E2E_ORIGIN,
      httpOnly: true,
      sameSite: "Lax" as const,
    },
  };
}

/**
 * Enrols an authenticator on the security page the way a person does (reads the key shown, types
 * the current code) and keeps the recovery codes page open; answers the secret.
 */
export async function enrolThroughPage(page: Page, origin = ""): Promise<string> {
  if (!page.url().includes("/account/security")) await page.goto(`${origin}/account/security`);
  await page.getByRole("button", { name: "Configurer mon application" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page
    .getByLabel("Code à 6 chiffres ou code de secours")
    .fill(totpCodeAt(secret, timeStepAt(new Date())));
  await page.getByRole("button", { name: "Activer la double authentification" }).click();
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  return secret;
}
