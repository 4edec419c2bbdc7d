import { expect, type Page } from "@playwright/test";
import { E2E_SIMULATOR_ORIGIN } from "./e2e-env";

/** A supplier payout typed on the form, straight to mobile money, up to its summary. */
export async function requestSupplierPayout(
  page: Page,
  { amount, reason, phone = "70 00 00 02" }: { amount: string; reason: string; phone?: string },
) {
  await page.goto("/payouts/new");
  await page.getByLabel("Objet").selectOption("supplier");
  await page.getByLabel("Montant (FCFA)").fill(amount);
  await page.getByLabel("Motif (interne)").fill(reason);
  await page.getByLabel("Numéro de téléphone").fill(phone);
  await page.getByLabel("Retapez le numéro").fill(phone);
  await page.getByLabel(/Directement sur son mobile money/).check();
  await page.getByRole("button", { name: "Vérifier avant d'envoyer" }).click();
}

/** LigdiCash completes the payout (simulator control), and the page open on it shows so. */
export async function settlePayoutCompleted(page: Page, payoutId: string) {
  const settled = await fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/settle`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ transaction_id: payoutId, status: "completed" }),
  });
  expect(settled.status).toBe(200);
  const verify = page.getByRole("button", { name: "Vérifier maintenant" });
  if (await verify.isVisible()) await verify.click();
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "completed", {
    timeout: 15_000,
  });
}

/** The page at a desk's width and a phone's, whole, into test-results/screenshots/<name>-<width>.png. */
export async function screenshotBothWidths(page: Page, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}
