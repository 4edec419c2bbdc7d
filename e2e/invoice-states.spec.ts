import { type Page, expect, test } from "@playwright/test";
import {
  createHostedInvoice,
  refundToPayer,
  settleAtSimulator,
  waitForStatus,
} from "./support/customer-invoice";
import { E2E_ORIGIN } from "./support/e2e-env";
import { createStaff, query, signIn } from "./support/staff";

// An invoice says what it is, not where LigdiCash stands: a fully refunded one reads
// "Remboursée" and offers no refund; an expired link reads "Expirée", offers no revocation and no
// longer counts among what the overview says is pending.

async function screenshotBothWidths(page: Page, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      `${name} at ${width} px has no horizontal scroll`,
    ).toBe(true);
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const pendingFigure = async (page: Page) => {
  await page.goto("/");
  return Number(await page.getByTestId("overview-pending").textContent());
};

test("a fully refunded invoice reads « Remboursée » everywhere and offers no refund", async ({ page }) => {
  await signIn(page, await createStaff("finance", "Fatou Finance"));
  const invoice = await createHostedInvoice(page.request);
  await settleAtSimulator(page.request, invoice.id, {
    status: "completed",
    operator: "orange_bf",
    phone: "22676000001",
  });
  await waitForStatus("invoices", invoice.id, "completed");
  await page.goto(`/invoices/${invoice.id}`);
  const badge = page.getByTestId("invoice-status");
  await expect(badge).toHaveText("Payée");
  await expect(badge).toHaveAttribute("data-state", "paid");
  await expect(page.getByRole("link", { name: "Rembourser", exact: true })).toBeVisible();

  // The whole amount on its way back: still paid (nothing confirmed yet), but nothing left to refund.
  const refundId = await refundToPayer(page.request, invoice.id, 12_500);
  await page.reload();
  await expect(badge).toHaveText("Payée");
  await expect(page.getByRole("link", { name: "Rembourser", exact: true })).toHaveCount(0);
  await expect(page.getByTestId("invoice-refunding")).toContainText("12\u202f500\u00a0FCFA");

  // LigdiCash confirms the refund: the open page follows without a reload (live updates).
  await settleAtSimulator(page.request, refundId, { status: "completed" });
  await waitForStatus("payouts", refundId, "completed");
  await expect(badge).toHaveText("Remboursée", { timeout: 20_000 });
  await expect(badge).toHaveAttribute("data-state", "refunded");
  await expect(badge).toHaveAttribute("data-status", "completed");
  await expect(page.getByTestId("invoice-refunded")).toContainText("12\u202f500\u00a0FCFA");
  await expect(page.getByTestId("invoice-refunding")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Rembourser", exact: true })).toHaveCount(0);
  await screenshotBothWidths(page, "invoice-refunded");

  // A refund asked for anyway is refused in words, never "il reste au plus 0 FCFA".
  const again = await page.request.post("/api/payouts", {
    headers: { Origin: E2E_ORIGIN },
    data: {
      idempotencyKey: crypto.randomUUID(),
      invoiceId: invoice.id,
      purpose: "refund",
      amount: 100,
      reason: "Deuxième remboursement",
      destination: "mobile_money",
      recipient: { source: "verified_payer" },
    },
  });
  expect(again.status()).toBe(422);
  const refusal = JSON.stringify(await again.json());
  expect(refusal).toContain("déjà entièrement remboursée");
  expect(refusal).not.toMatch(/au plus 0/);
  await page.goto(`/payouts/new?invoice=${invoice.id}`);
  await expect(page.getByText(/déjà été entièrement remboursée/)).toBeVisible();

  // The list, its filter and the transaction history say the same.
  await page.goto("/invoices?status=refunded");
  await expect(page.getByLabel("Statut")).toHaveValue("refunded");
  const row = page
    .getByTestId("invoice-row")
    .filter({ has: page.locator(`a[href="/invoices/${invoice.id}"]`) });
  await expect(row.getByTestId("invoice-status")).toHaveText("Remboursée");
  await page.goto(`/transactions?type=payin&status=refunded&q=${invoice.id}`);
  await expect(page.getByTestId(`transaction-${invoice.id}`)).toContainText("Remboursée");
});

test("an expired link reads « Expirée », offers no revocation and is not counted pending", async ({
  page,
}) => {
  await signIn(page, await createStaff("manager", "Moussa Manager"));
  const before = await pendingFigure(page);
  const invoice = await createHostedInvoice(page.request);
  expect(await pendingFigure(page)).toBe(before + 1);
  await page.goto(`/invoices/${invoice.id}`);
  await expect(page.getByTestId("invoice-status")).toHaveText("En attente de paiement");
  await expect(page.getByRole("button", { name: "Révoquer le lien" })).toBeVisible();

  await query(`UPDATE invoices SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invoice.id]);
  await page.reload();
  const badge = page.getByTestId("invoice-status");
  await expect(badge).toHaveText("Expirée");
  await expect(badge).toHaveAttribute("data-state", "expired");
  await expect(badge).toHaveAttribute("data-status", "pending");
  await expect(page.getByText(/Lien expiré le/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Révoquer le lien" })).toHaveCount(0);
  await expect(page.getByTestId("pay-link")).toHaveCount(0);
  await screenshotBothWidths(page, "invoice-expired");

  // The server refuses too, saying why.
  const revoke = await page.request.post(`/api/invoices/${invoice.id}/revoke`, {
    headers: { Origin: E2E_ORIGIN },
  });
  expect(revoke.status()).toBe(409);
  expect(JSON.stringify(await revoke.json())).toContain("Ce lien a déjà expiré");

  expect(await pendingFigure(page)).toBe(before);
  await page.goto("/invoices");
  await page.getByLabel("Statut").selectOption({ label: "Expirée" });
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/\/invoices\?(.*&)?status=expired(&|$)/);
  const rows = page.getByTestId("invoice-row");
  await expect(rows.filter({ has: page.locator(`a[href="/invoices/${invoice.id}"]`) })).toHaveCount(1);
  for (const state of await rows
    .getByTestId("invoice-status")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-state"))))
    expect(state).toBe("expired");

  // In English too.
  await page.getByRole("button", { name: "en" }).click();
  await expect(page.getByLabel("Status")).toHaveValue("expired");
  await page.goto(`/invoices/${invoice.id}`);
  await expect(page.getByTestId("invoice-status")).toHaveText("Expired");
});
