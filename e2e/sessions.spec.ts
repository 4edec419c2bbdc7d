import { expect, test } from "@playwright/test";
import { E2E_ORIGIN } from "./support/e2e-env";
import { createStaff, query, sessionCookie, signIn } from "./support/staff";

const MIN = 60_000;

test("a session ends after 30 minutes without activity and 12 hours after sign-in", async ({ browser }) => {
  const staff = await createStaff("viewer");
  for (const [label, loginAgo, seenAgo, expired] of [
    ["active", 60 * MIN, 29 * MIN, false],
    ["idle", 60 * MIN, 31 * MIN, true],
    ["absolute", 12 * 60 * MIN + MIN, 1 * MIN, true],
  ] as const) {
    const context = await browser.newContext();
    await context.addCookies([(await sessionCookie(staff, loginAgo, seenAgo)).cookie]);
    const page = await context.newPage();
    await page.goto("/");
    if (expired) {
      await expect(page, label).toHaveURL(/\/login\?expired=1/);
      await expect(page.getByText(/Votre session a expiré/)).toBeVisible();
    } else {
      await expect(page.getByTestId("current-staff"), label).toBeVisible();
    }
    // The API refuses the same cookie on its own, whatever the proxy did.
    const api = await context.request.get("/api/audit");
    expect(api.status(), label).toBe(expired ? 401 : 403);
    await context.close();
  }
});

test("a password reset signs the person out everywhere", async ({ browser }) => {
  const person = await createStaff("manager");
  const admin = await createStaff("admin");
  const personContext = await browser.newContext();
  const personPage = await personContext.newPage();
  await signIn(personPage, person);

  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, admin);
  const reset = await adminPage.request.post(`/api/users/${person.id}/password`, {
    data: { password: "un-tout-nouveau-mot" },
    headers: { Origin: E2E_ORIGIN },
  });
  expect(reset.status()).toBe(204);

  await personPage.goto("/audit");
  await expect(personPage).toHaveURL(/\/login\?expired=1/);
  const sessions = await query<{ n: string }>("SELECT count(*) AS n FROM staff_sessions WHERE user_id = $1", [
    person.id,
  ]);
  expect(Number(sessions[0]?.n)).toBe(0);
  await personContext.close();
  await adminContext.close();
});
