import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { type APIRequestContext, type Page, expect } from "@playwright/test";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { E2E_DATABASE_URL, E2E_ORIGIN, E2E_PORT } from "./e2e-env";

export type Role = "admin" | "manager" | "finance" | "viewer";

export type StaffCredentials = { id: string; email: string; password: string; name: string; role: Role };

// Plain `pg` rather than the Prisma client: the journeys only need a few rows, and the test
// runner's loader need not compile the generated client.
const pool = new pg.Pool({ connectionString: E2E_DATABASE_URL, max: 2 });

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await pool.query<T>(sql, params)).rows;
}

/** A fresh staff account straight in the journeys' database: each test gets its own. */
export async function createStaff(role: Role, name = `Test ${role}`): Promise<StaffCredentials> {
  const email = `${role}-${randomBytes(4).toString("hex")}@e2e.caisse.local`;
  const password = `pw-${randomBytes(9).toString("base64url")}`;
  const id = `e2e${randomBytes(10).toString("hex")}`;
  await query(
    `INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES ($1, $2, $3, $4::"Role", $5, now())`,
    [id, email, name, role, await hashPassword(password)],
  );
  return { id, email, password, name, role };
}

/** Signs in through the real form, as a person would. */
export async function signIn(
  page: Page,
  staff: { email: string; password: string },
  origin = "",
): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Adresse e-mail").fill(staff.email);
  await page.getByLabel("Mot de passe").fill(staff.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  // A sign-in pays for one scrypt hash: several seconds on a loaded machine.
  await expect(page.getByTestId("current-staff")).toBeVisible({ timeout: 30_000 });
}

/** Signs an API context in through next-auth's credentials endpoint (for request-level tests). */
export async function signInApi(
  request: APIRequestContext,
  staff: { email: string; password: string },
): Promise<void> {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: staff.email, password: staff.password, json: "true" },
    headers: { Origin: E2E_ORIGIN },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(response.status());
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
  await query(`INSERT INTO staff_sessions (id, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)`, [
    sid,
    staff.id,
    new Date(now - loginAgo),
    new Date(now - loginAgo + 12 * 3600_000),
  ]);
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
