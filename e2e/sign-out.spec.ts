import { expect, test } from "@playwright/test";
import { createStaff, query, signIn } from "./support/staff";

const SESSION = "next-auth.session-token";

test("after sign-out, a copied session cookie opens nothing: the API answers 401, pages send to sign-in", async ({
  page,
  browser,
}) => {
  const staff = await createStaff("admin");
  await signIn(page, staff);
  const copied = (await page.context().cookies()).find((c) => c.name === SESSION);
  expect(copied).toBeDefined();
  expect((await page.request.get("/api/users")).status()).toBe(200);

  await page.getByRole("button", { name: "Se déconnecter", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  // Someone who copied the cookie before sign-out replays it in another browser.
  const thief = await browser.newContext();
  await thief.addCookies([copied!]);
  const api = await thief.request.get("/api/users");
  expect(api.status()).toBe(401);
  expect(((await api.json()) as { error: { code: string } }).error.code).toBe("session_expired");
  const thiefPage = await thief.newPage();
  await thiefPage.goto("/users");
  await expect(thiefPage).toHaveURL(/\/login/);
  // And the replay was not renewed into a fresh cookie either.
  expect((await thief.request.get("/api/users")).status()).toBe(401);
  await thief.close();
});

test("closing all one's sessions signs out every browser; an admin can do the same for someone else", async ({
  browser,
}) => {
  test.slow(); // five sign-ins, each paying for a password hash
  const person = await createStaff("manager", "Moussa Manager");
  const [laptop, phone] = [await browser.newContext(), await browser.newContext()];
  const [laptopPage, phonePage] = [await laptop.newPage(), await phone.newPage()];
  await signIn(laptopPage, person);
  await signIn(phonePage, person);

  await phonePage.getByRole("button", { name: "Fermer toutes mes sessions" }).click();
  await expect(phonePage).toHaveURL(/\/login/);
  await laptopPage.goto("/payouts");
  await expect(laptopPage).toHaveURL(/\/login\?expired=1/);

  // Signed in again on the laptop; an admin ends it from the team page.
  await signIn(laptopPage, person);
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, await createStaff("admin"));
  await adminPage.goto("/users");
  await adminPage
    .getByTestId(`user-row-${person.email}`)
    .getByRole("button", { name: "Déconnecter partout" })
    .click();
  await expect(adminPage.getByRole("status")).toHaveText(
    "Moussa Manager est déconnecté partout (1 session fermée).",
  );
  await adminPage.screenshot({ path: "test-results/screenshots/sessions-ended-by-admin.png" });
  await laptopPage.goto("/payouts");
  await expect(laptopPage).toHaveURL(/\/login\?expired=1/);
  const audit = await query<{ action: string }>(
    "SELECT action FROM audit_log WHERE target_id = $1 AND action IN ('auth.sign_out_everywhere', 'user.sessions_ended') ORDER BY id",
    [person.id],
  );
  expect(audit.map((a) => a.action)).toEqual(["auth.sign_out_everywhere", "user.sessions_ended"]);
  for (const context of [laptop, phone, admin]) await context.close();
});
