import { expect, test } from "@playwright/test";
import { createStaff, signIn } from "./support/staff";

test("the overview greets staff in French with the ledger's balances", async ({ page }) => {
  await signIn(page, await createStaff("viewer", "Aminata Viewer"));
  await expect(page).toHaveTitle(/Vue d'ensemble · Caisse/);
  await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
  await expect(page.getByText("Soldes par sous-compte opérateur")).toBeVisible();
  await expect(page.getByText("Simulateur", { exact: true })).toBeVisible();
  // Demo data: balances derived from the ledger, formatted the French way.
  await expect(page.getByTestId("balance-orange_bf")).toHaveText(/^\d{1,3}(\s\d{3})*\sFCFA$/);
  await expect(page.getByText("Activité récente")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/overview-fr.png", fullPage: true });

  await page.getByRole("button", { name: "en" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("balance-orange_bf")).toHaveText(/^\d{1,3}(,\d{3})*\sFCFA$/);
  await page.screenshot({ path: "test-results/screenshots/overview-en.png", fullPage: true });
});
