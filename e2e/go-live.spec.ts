import { expect, test, type Page } from "@playwright/test";
import { E2E_SIMULATOR_ORIGIN } from "./support/e2e-env";
import { createStaff, signIn } from "./support/staff";

// The go-live check on the journeys' own configuration: the simulator, CAISSE_PUBLIC_URL at
// http://localhost, a session secret the start command generated, PostgreSQL through DATABASE_URL.

const item = (page: Page, id: string) => page.locator(`[data-check="${id}"]`);

async function statuses(page: Page): Promise<Record<string, string>> {
  const items = page.locator("[data-check]");
  const entries = await items.evaluateAll((nodes) =>
    nodes.map((node) => [node.getAttribute("data-check") ?? "", node.getAttribute("data-status") ?? ""]),
  );
  return Object.fromEntries(entries) as Record<string, string>;
}

const setMerchant = (data: Record<string, boolean>) =>
  fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/merchant`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(data),
  });

test("an admin runs the go-live check and sees exactly what fails and why", async ({ page }) => {
  await signIn(page, await createStaff("admin"));
  await page
    .getByRole("navigation", { name: "Navigation principale" })
    .getByRole("link", { name: "Mise en production" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Mise en production" })).toBeVisible();
  await expect(page.locator("[data-check]")).toHaveCount(12);

  // Loud: no real money moves.
  await expect(page.getByTestId("simulator-banner")).toContainText(
    "Mode simulateur : aucun argent réel ne circule",
  );

  const found = await statuses(page);
  const failing = Object.entries(found)
    .filter(([, status]) => status === "fail")
    .map(([id]) => id);
  expect(failing).toEqual(["public_url"]);
  expect(found).toMatchObject({
    simulator: "warn",
    ligdicash_keys: "ok",
    payin_enabled: "ok",
    payout_enabled: "ok",
    callbacks: "unknown",
    session_secret: "warn",
    mail: "warn",
    database: "ok",
  });

  const publicUrl = item(page, "public_url");
  await expect(publicUrl).toContainText("localhost désigne cette machine elle-même");
  await expect(publicUrl).toContainText("sans HTTPS");
  await expect(publicUrl).toContainText("http://localhost:");
  await expect(publicUrl).toContainText("/api/ligdicash/callback");
  await expect(publicUrl).toContainText("Que faire :");
  await expect(item(page, "callbacks")).toContainText("Impossible à vérifier d'ici");
  await expect(item(page, "session_secret")).toContainText("créé automatiquement");
  await expect(item(page, "mail")).toContainText("Aucun serveur d'e-mails n'est configuré");
  await expect(item(page, "two_factor")).toContainText("double authentification");
  await expect(item(page, "ligdicash_keys")).toContainText("transaction inconnue");
  if (found.payout_ip === "unknown")
    await expect(item(page, "payout_ip")).toContainText("Impossible à vérifier sans envoyer d'argent");

  await page.screenshot({ path: "test-results/screenshots/go-live-1440.png", fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "test-results/screenshots/go-live-390.png", fullPage: true });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.setViewportSize({ width: 1440, height: 900 });

  // LigdiCash switches payouts off for the project: the next run says so.
  await setMerchant({ payoutEnabled: false });
  try {
    await page.getByRole("button", { name: "Vérifier à nouveau" }).click();
    await expect(item(page, "payout_enabled")).toHaveAttribute("data-status", "fail");
    await expect(item(page, "payout_enabled")).toContainText("Les versements ne sont pas activés");
    await expect(item(page, "payin_enabled")).toHaveAttribute("data-status", "ok");
  } finally {
    await setMerchant({ payoutEnabled: true });
  }

  await page.getByRole("button", { name: "en" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Go-live check" })).toBeVisible();
  await expect(item(page, "public_url")).toContainText("localhost is this machine itself");
});

test("the go-live check is for admins only", async ({ page }) => {
  await signIn(page, await createStaff("manager"));
  await expect(page.getByRole("link", { name: "Mise en production" })).toHaveCount(0);
  const forbidden = await page.goto("/go-live");
  expect(forbidden?.status()).toBe(403);
  const api = await page.request.get("/api/go-live");
  expect(api.status()).toBe(403);
});
