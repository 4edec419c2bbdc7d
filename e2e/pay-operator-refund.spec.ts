import path from "node:path";
import { type Browser, type Page, expect, test } from "@playwright/test";
import {
  createHostedInvoice,
  paidInvoiceWithReceipt,
  refundToPayer,
  settleAtSimulator,
  waitForStatus,
} from "./support/customer-invoice";
import { E2E_ORIGIN } from "./support/e2e-env";
import { paymentStatus } from "./support/pay-page";
import { createStaff, signInApi } from "./support/staff";

// The customer's number pre-selected by staff: the pay page names the operator LigdiCash will ask
// and lets the customer pay with another. And a refund the customer follows from the receipt,
// from "en cours" to "reçu" when LigdiCash completes the payout.

const SCREENSHOTS = path.join(__dirname, "..", "test-results", "screenshots");
test.setTimeout(180_000);

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: "fr-FR",
  });
  return context.newPage();
}

async function bothWidths(page: Page, name: string) {
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 390, height: 844 });
}

test("pre-selected number: the pay page names Orange Money, LigdiCash's page offers only it, the customer pays", async ({
  page,
  browser,
}) => {
  await signInApi(page.request, await createStaff("finance"));
  const invoice = await createHostedInvoice(page.request, { customerPhone: "76 00 00 01" });
  const customer = await phone(browser);
  await customer.goto(`${E2E_ORIGIN}/pay/${invoice.publicId}`);
  await expect(customer.getByTestId("pay-operator")).toHaveText(
    /Votre paiement sera demandé à Orange Money sur le 76 •• •• 01\./,
  );
  await expect(customer.getByText("pour payer avec Orange Money.")).toBeVisible();
  await bothWidths(customer, "pay-operator-preselected");

  await customer.getByTestId("pay-button").click();
  await expect(customer.getByText("Simulateur LigdiCash")).toBeVisible();
  // LigdiCash's page, given the number, offers its operator alone with the number filled in.
  await expect(customer.getByRole("region", { name: "Moov Money" })).toHaveCount(0);
  const orange = customer.getByRole("region", { name: "Orange Money" });
  await expect(orange.getByLabel("Numéro Orange Money")).toHaveValue("+226 76 00 00 01");

  // Back on the link: the narrowed page was opened (it may be paid there), so no swap any more.
  await customer.goto(`${E2E_ORIGIN}/pay/${invoice.publicId}`);
  await expect(customer.getByTestId("pay-operator-opened")).toContainText("a déjà été ouverte");
  await expect(customer.getByTestId("pay-operator-change")).toHaveCount(0);
  await customer.getByTestId("pay-button").click();
  await orange.getByLabel("Code de paiement (OTP)").fill("123456");
  await orange.getByRole("button", { name: /^Payer/ }).click();
  await customer.waitForURL(/\/return$/);
  await expect(paymentStatus(customer)).toHaveAttribute("data-state", "paid", { timeout: 15_000 });
  await customer.context().close();
});

test("pre-selected number: the customer changes operator and LigdiCash's page offers every operator", async ({
  page,
  browser,
}) => {
  await signInApi(page.request, await createStaff("finance"));
  const invoice = await createHostedInvoice(page.request, { customerPhone: "76 00 00 01" });
  const customer = await phone(browser);
  await customer.goto(`${E2E_ORIGIN}/pay/${invoice.publicId}`);
  await expect(customer.getByTestId("pay-operator")).toContainText("Orange Money");
  await customer.getByTestId("pay-operator-change").click();
  await customer.waitForURL(`${E2E_ORIGIN}/pay/${invoice.publicId}`);
  await expect(customer.getByTestId("pay-operator")).toHaveCount(0);
  await expect(customer.getByText("pour payer avec Orange Money ou Moov Money.")).toBeVisible();
  await customer.getByTestId("pay-button").click();
  await expect(customer.getByText("Simulateur LigdiCash")).toBeVisible();
  const moov = customer.getByRole("region", { name: "Moov Money" });
  await expect(customer.getByRole("region", { name: "Orange Money" })).toBeVisible();
  await moov.getByLabel("Numéro Moov Money").fill("70 00 00 02");
  await moov.getByRole("button", { name: "Payer avec Moov Money" }).click();
  await customer.getByRole("button", { name: "J'ai validé sur mon téléphone" }).click();
  await customer.waitForURL(/\/return$/);
  await expect(paymentStatus(customer)).toHaveAttribute("data-state", "paid", { timeout: 15_000 });
  await waitForStatus("invoices", invoice.id, "completed");
  await customer.context().close();
});

test("refund status: linked from the receipt, 'en cours' then 'reçu' when LigdiCash completes the payout", async ({
  page,
  browser,
}) => {
  await signInApi(page.request, await createStaff("finance"));
  const paid = await paidInvoiceWithReceipt(page.request);
  const customer = await phone(browser);
  // No refund yet: the receipt links none.
  await customer.goto(`${E2E_ORIGIN}/pay/receipt/${paid.receiptId}`);
  await expect(customer.getByTestId("receipt-verified")).toBeVisible();
  await expect(customer.getByTestId("refund-link")).toHaveCount(0);

  const payoutId = await refundToPayer(page.request, paid.id, 12_500);
  await customer.reload();
  await expect(customer.getByTestId("refund-link")).toHaveText(
    /^Suivre votre remboursement de 12\s500\sFCFA$/,
  );
  await bothWidths(customer, "receipt-with-refund");
  await customer.getByTestId("refund-link").click();
  await customer.waitForURL(/\/pay\/refund\/[A-Za-z0-9_-]{32}$/);
  const status = customer.getByTestId("refund-status");
  await expect(status).toHaveAttribute("data-state", "in_progress");
  await expect(customer.getByRole("heading", { name: "Remboursement en cours" })).toBeVisible();
  await expect(customer.getByTestId("refund-body")).toHaveText(
    /^Votre remboursement de 12\s500\sFCFA est en route vers Orange Money 76\s••\s••\s01\.$/,
  );
  await bothWidths(customer, "refund-in-progress");

  // LigdiCash completes the payout: its callback reaches Caisse, the open page follows.
  await settleAtSimulator(page.request, payoutId, { status: "completed" });
  await waitForStatus("payouts", payoutId, "completed");
  await expect(status).toHaveAttribute("data-state", "received", { timeout: 20_000 });
  await expect(customer.getByRole("heading", { name: "Remboursement reçu" })).toBeVisible();
  await customer.reload();
  await expect(customer.getByTestId("refund-body")).toHaveText(
    /^Votre remboursement de 12\s500\sFCFA a été versé sur Orange Money 76\s••\s••\s01\.$/,
  );
  await expect(customer.getByText(/Versement confirmé par LigdiCash le/)).toBeVisible();
  await bothWidths(customer, "refund-received");

  // An unknown or guessed id is a 404, like the receipt's.
  const guess = await customer.request.get(`${E2E_ORIGIN}/pay/refund/${"A".repeat(32)}`);
  expect(guess.status()).toBe(404);
  await customer.context().close();
});
