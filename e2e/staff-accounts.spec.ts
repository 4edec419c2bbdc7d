import { expect, test } from "@playwright/test";
import { createStaff, query, signIn } from "./support/staff";

test("finance signs in, sees only what the role allows, and signs out", async ({ page }) => {
  await signIn(page, await createStaff("finance", "Fatou Finance"));
  const nav = page.getByRole("navigation", { name: "Navigation principale" }).first();
  await expect(nav.getByRole("link", { name: "Vue d'ensemble" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Équipe" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Journal d'audit" })).toHaveCount(0);
  const forbidden = await page.goto("/users");
  expect(forbidden?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Accès refusé" })).toBeVisible();
  await page.goto("/");
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("five wrong passwords lock the account, even for the right password", async ({ page }) => {
  const staff = await createStaff("viewer");
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel("Adresse e-mail").fill(staff.email);
    await page.getByLabel("Mot de passe").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(
      "Adresse e-mail ou mot de passe incorrect.",
    );
  }
  await page.getByLabel("Mot de passe").fill(staff.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    /Trop de tentatives\. Réessayez dans 15 minutes\./,
  );
  await page.screenshot({ path: "test-results/screenshots/login-throttled.png" });
  const failures = await query<{ n: string }>(
    "SELECT count(*) AS n FROM login_attempts WHERE email = $1 AND NOT success",
    [staff.email],
  );
  expect(Number(failures[0]?.n)).toBe(5);
});

test("an admin creates a finance user who then signs in", async ({ page, browser }) => {
  await signIn(page, await createStaff("admin", "Awa Admin"));
  await page.getByRole("link", { name: "Équipe" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Équipe" })).toBeVisible();
  const email = `nouveau-${Date.now()}@e2e.caisse.local`;
  await page.getByLabel("Nom complet").fill("Issa Nouveau");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Rôle", { exact: true }).selectOption("finance");
  await page.getByLabel("Mot de passe initial").fill("court");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  // The field says what it needs in its own words, and the error goes as soon as it is right.
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Corrigez les champs signalés.");
  await expect(page.getByText("Au moins 12 caractères.")).toBeVisible();
  await page.getByLabel("Mot de passe initial").fill("un-mot-de-passe-solide");
  await expect(page.getByText("Au moins 12 caractères.")).toBeHidden();
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(`Compte créé pour ${email}.`);
  await expect(page.getByTestId(`user-row-${email}`)).toContainText("Issa Nouveau");
  await page.screenshot({ path: "test-results/screenshots/users.png", fullPage: true });

  const other = await browser.newContext();
  const newcomer = await other.newPage();
  await signIn(newcomer, { email, password: "un-mot-de-passe-solide" });
  await expect(newcomer.getByTestId("current-staff")).toContainText("Finance");
  await other.close();

  await page.goto("/audit");
  await expect(page.getByTestId("audit-row").filter({ hasText: "Compte créé" }).first()).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/audit.png", fullPage: true });
});
