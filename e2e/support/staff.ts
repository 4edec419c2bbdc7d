import { randomBytes } from "node:crypto";
import { type APIRequestContext, type Page, expect } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { E2E_DATABASE_URL, E2E_ORIGIN } from "./e2e-env";

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
  await query(`INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES ($1, $2, $3, $4::"Role", $5, now())`, [id, email, name, role, await hashPassword(password)]);
  return { id, email, password, name, role };
}

/** Signs in through the real form, as a person would. */
export async function signIn(page: Page, staff: { email: string; password: string }, origin = ""): Promise<void> {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Adresse e-mail").fill(staff.email);
  await page.getByLabel("Mot de passe").fill(staff.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByTestId("current-staff")).toBeVisible();
}

/** Signs an API context in through next-auth's credentials endpoint (for request-level tests). */
export async function signInApi(request: APIRequestContext, staff: { email: string; password: string }): Promise<void> {
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
