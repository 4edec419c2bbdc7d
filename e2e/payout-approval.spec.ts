import { expect, test, type Page } from "@playwright/test";
import { E2E_SIMULATOR_ORIGIN } from "./support/e2e-env";
import { requestSupplierPayout } from "./support/payouts";
import { createStaff, query, signIn } from "./support/staff";

// Money that waits for a manager: the manager sees amount, recipient, operator and sub-account
// balance in a confirmation before anything leaves; a requester can withdraw a request no manager
// has decided yet, and then nobody can approve it.

const payoutIdFrom = (page: Page) => new URL(page.url()).pathname.split("/").pop() ?? "";

/** Desktop and phone widths; an open confirmation must fit the screen whole (the page around it is
 * the staff-pages sweep's to check). */
async function screenshotBothWidths(page: Page, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const dialog = page.getByRole("dialog");
    if (await dialog.isVisible()) {
      const box = await dialog.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      await expect(dialog.getByTestId("confirm-dialog-confirm")).toBeInViewport();
    }
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

const merchantPayoutCalls = async (payoutId: string) => {
  const response = await fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/transactions?transaction_id=${payoutId}`);
  return JSON.stringify(await response.json()).match(/payout_merchant/g)?.length ?? 0;
};

test("an amount LigdiCash refuses is turned down on the field, and nothing is recorded", async ({ page }) => {
  const finance = await createStaff("finance", "Fatou Finance");
  await signIn(page, finance);
  const reason = `Montant d'essai ${Date.now()}`;
  await requestSupplierPayout(page, { amount: "10", reason: reason });
  await expect(page.getByText(/^Minimum 20\s?FCFA/)).toBeVisible();
  await expect(page.getByTestId("payout-summary")).toHaveCount(0);
  // Fixed as you type: the error goes as soon as the amount is right.
  await page.getByLabel("Montant (FCFA)").fill("0");
  await expect(page.getByText(/^Minimum 20\s?FCFA/)).toBeVisible();
  await page.getByLabel("Montant (FCFA)").fill("2 500");
  await expect(page.getByText(/^Minimum 20\s?FCFA/)).toBeHidden();
  const rows = await query<{ n: string }>("SELECT count(*) AS n FROM payouts WHERE reason = $1", [reason]);
  expect(Number(rows[0]?.n)).toBe(0);
});

test("a manager approves a request over the threshold through a confirmation that shows what leaves", async ({
  page,
  browser,
}) => {
  const finance = await createStaff("finance", "Fatou Finance");
  await signIn(page, finance);
  await requestSupplierPayout(page, { amount: "150 000", reason: "Rouleaux de tissu, commande de décembre" });
  await page.getByRole("button", { name: "Confirmer la demande d'approbation" }).click();
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "awaiting_approval");
  const payoutId = payoutIdFrom(page);

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, await createStaff("manager", "Moussa Manager"));
  await manager.goto(`/payouts/${payoutId}`);
  await manager.getByRole("button", { name: "Approuver et envoyer" }).click();
  const dialog = manager.getByRole("dialog", { name: "Approuver et envoyer ce versement ?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId("confirm-amount")).toHaveText("150\u202f000\u00a0FCFA");
  await expect(dialog.getByTestId("confirm-recipient")).toContainText("+226 70 00 00 02");
  await expect(dialog.getByTestId("confirm-operator")).toHaveText("Moov Money");
  await expect(dialog.getByTestId("confirm-balance")).toContainText("FCFA");
  await screenshotBothWidths(manager, "payout-approve-confirm");
  // Escape backs out: nothing was sent.
  await manager.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(manager.getByTestId("payout-status")).toHaveAttribute("data-status", "awaiting_approval");
  expect(await merchantPayoutCalls(payoutId)).toBe(0);

  await manager.getByRole("button", { name: "Approuver et envoyer" }).click();
  await dialog.getByTestId("confirm-dialog-confirm").click();
  await expect(manager.getByTestId("payout-status")).toHaveAttribute("data-status", "pending");
  await expect(dialog).toBeHidden();
  expect(await merchantPayoutCalls(payoutId)).toBe(1);
  await managerContext.close();
  await expect(page.getByTestId("payout-decision")).toContainText("Approuvé par Moussa Manager", {
    timeout: 15_000,
  });
});

test("the requester cancels a request still awaiting approval; no manager can approve it any more", async ({
  page,
  browser,
}) => {
  const finance = await createStaff("finance", "Fatou Finance");
  await signIn(page, finance);
  await requestSupplierPayout(page, {
    amount: "120000",
    reason: "Acompte fournisseur, finalement payé en espèces",
  });
  await page.getByRole("button", { name: "Confirmer la demande d'approbation" }).click();
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "awaiting_approval");
  const payoutId = payoutIdFrom(page);

  await page.getByRole("button", { name: "Annuler ma demande" }).click();
  const dialog = page.getByRole("dialog", { name: "Annuler votre demande ?" });
  await expect(dialog.getByTestId("confirm-amount")).toHaveText("120\u202f000\u00a0FCFA");
  // Nothing leaves on a cancel: no sub-account balance to weigh.
  await expect(dialog.getByTestId("confirm-balance")).toHaveCount(0);
  await screenshotBothWidths(page, "payout-cancel-confirm");
  await dialog.getByTestId("confirm-dialog-confirm").click();
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "cancelled");
  await expect(page.getByTestId("payout-status")).toHaveText("Annulé");
  await expect(page.getByTestId("payout-decision")).toContainText("Annulé par Fatou Finance");
  await expect(page.getByTestId("payout-notice")).toContainText("rien n'a été envoyé");
  await expect(page.getByRole("button", { name: "Annuler ma demande" })).toHaveCount(0);
  await screenshotBothWidths(page, "payout-cancelled");

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, await createStaff("manager", "Moussa Manager"));
  await manager.goto(`/payouts/${payoutId}`);
  await expect(manager.getByTestId("payout-status")).toHaveText("Annulé");
  await expect(manager.getByRole("button", { name: "Approuver et envoyer" })).toHaveCount(0);
  // Nor through the API: the request is no longer awaiting approval.
  const approval = await manager.request.post(`/api/payouts/${payoutId}/approve`, {
    data: {},
    headers: { Origin: new URL(manager.url()).origin },
  });
  expect(approval.status()).toBe(409);
  await manager.goto("/payouts");
  await manager.getByRole("navigation", { name: "Statut" }).getByRole("link", { name: "Annulé" }).click();
  await expect(manager).toHaveURL(/status=cancelled/);
  await expect(manager.getByTestId("payout-row").filter({ hasText: "120\u202f000" }).first()).toContainText(
    "Annulé",
  );
  await managerContext.close();

  expect(await merchantPayoutCalls(payoutId)).toBe(0);
  const audit = await query<{ n: string }>(
    "SELECT count(*) AS n FROM audit_log WHERE action = 'payout.cancelled' AND target_id = $1 AND actor_id = $2",
    [payoutId, finance.id],
  );
  expect(Number(audit[0]?.n)).toBe(1);
});
