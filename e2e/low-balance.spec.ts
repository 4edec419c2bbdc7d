import { expect, test } from "@playwright/test";
import { requestSupplierPayout, screenshotBothWidths, settlePayoutCompleted } from "./support/payouts";
import { createStaff, query, signIn } from "./support/staff";

// A manager sets the Orange Money sub-account's alert threshold; a payout that takes the balance
// under it is flagged before sending, and once it completes a banner tells finance and managers.

const orangeBalance = async () =>
  Number(
    (
      await query<{ balance: string | null }>(
        `SELECT SUM(amount)::text AS balance FROM ledger_entries WHERE account = 'operator:orange_bf'`,
      )
    )[0]?.balance ?? 0,
  );

test("a payout that takes a sub-account under its threshold raises the low-balance banner", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // Money in the Orange sub-account, as a verified payin would have booked it.
  const journal = `e2e${Date.now()}`;
  await query(
    `WITH j AS (INSERT INTO ledger_journals (id, posting_key, description) VALUES ($1, $2, 'Ventes du jour') RETURNING id)
     INSERT INTO ledger_entries (journal_id, account, operator, amount)
     SELECT id, 'operator:orange_bf', 'orange_bf', 200000 FROM j UNION ALL SELECT id, 'counterparty:customers', NULL, -200000 FROM j`,
    [journal, `e2e:seed:${journal}`],
  );
  const before = await orangeBalance();
  const threshold = before - 2_000;

  const manager = await createStaff("manager", "Mariam Manager");
  await signIn(page, manager);
  await page.goto("/payouts");
  await expect(page.getByTestId("low-balance-banner")).toHaveCount(0);
  // The thresholds are folded under the list: the manager opens them.
  await page.locator("summary", { hasText: "Alertes de solde bas" }).click();
  await page.getByLabel("Seuil Orange Money (F CFA)").fill(String(threshold));
  await page.getByRole("button", { name: "Appliquer les seuils" }).click();
  await expect(page.getByText("Seuils enregistrés.")).toBeVisible();
  await expect(page.getByTestId("low-balance-banner")).toHaveCount(0);

  // 5,000 to an Orange number: under the approval threshold, sent at once.
  await requestSupplierPayout(page, { amount: "5 000", reason: "Livraison de pagnes", phone: "76 00 00 09" });
  await expect(page.getByTestId("summary-threshold")).toContainText("passera sous son seuil d'alerte");
  await screenshotBothWidths(page, "low-balance-summary");
  await page.getByRole("button", { name: /Confirmer et envoyer/ }).click();
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "pending", {
    timeout: 15_000,
  });
  const payoutId = new URL(page.url()).pathname.split("/").pop()!;

  await settlePayoutCompleted(page, payoutId);
  // The banner's link opens the folded thresholds on the payouts page.
  await page.goto("/");
  await page.getByTestId("low-balance-banner").getByRole("link", { name: "Voir les seuils" }).click();
  await expect(page).toHaveURL(/\/payouts#balance-alerts$/);
  await expect(page.getByLabel("Seuil Orange Money (F CFA)")).toBeVisible();

  // Finance sees the banner on any page.
  const financePage = await page.context().browser()!.newPage();
  await signIn(financePage, await createStaff("finance", "Fatou Finance"));
  const banner = financePage.getByTestId("low-balance-banner");
  await expect(banner).toBeVisible();
  await expect(banner.locator('[data-operator="orange_bf"]')).toContainText("Orange Money");
  await screenshotBothWidths(financePage, "low-balance-banner");
  await financePage.close();
  // The journeys share one database: the next ones start without this alert.
  await query(`DELETE FROM balance_alerts WHERE operator = 'orange_bf'`);
});
