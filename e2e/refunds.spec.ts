import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { E2E_SIMULATOR_ORIGIN } from "./support/e2e-env";
import { settlePayoutCompleted } from "./support/payouts";
import { createStaff, query, signIn } from "./support/staff";

// Refunds are payouts at LigdiCash. Each journey starts from a paid invoice stored as the
// settlement code leaves it (completed, payer number from the verified status), then goes through
// the real UI, the real app and the simulator.

async function paidInvoice(amount: number, payerPhone: string, createdById: string): Promise<string> {
  const id = `e2einv${randomBytes(8).toString("hex")}`;
  await query(
    `INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description, customer_firstname, customer_lastname, customer_email, payer_phone, operator, settled_at, created_by_id, updated_at)
     VALUES ($1, $2, $3, 'hosted', 'completed', $4, 'Pagne tissé Faso Dan Fani', 'Awa', 'Ouedraogo', 'awa@example.bf', $5, $6, now(), $7, now())`,
    [
      id,
      randomBytes(12).toString("hex"),
      randomBytes(12).toString("hex"),
      amount,
      payerPhone,
      payerPhone.startsWith("2267") && !payerPhone.startsWith("22670") ? "orange_bf" : "moov_bf",
      createdById,
    ],
  );
  return id;
}

async function simTransaction(payoutId: string) {
  const response = await fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/transactions?transaction_id=${payoutId}`);
  return (await response.json()) as
    { transactions?: { kind: string; topUpWallet: number | null; amount: number }[] } | { kind: string }[];
}

async function fillRefund(page: Page, amount: string, reason: string) {
  await page.getByLabel("Montant (FCFA)").fill(amount);
  await page.getByLabel("Motif (interne)").fill(reason);
}

const payoutIdFrom = (page: Page) => new URL(page.url()).pathname.split("/").pop() ?? "";

/** Desktop and phone widths: the page must read well on both. */
async function screenshotBothWidths(page: Page, name: string) {
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
  }
}

test("finance refunds part of a paid invoice to the customer's LigdiCash wallet", async ({ page }) => {
  const finance = await createStaff("finance", "Fatou Finance");
  const invoiceId = await paidInvoice(20_000, "22676000001", finance.id);
  await signIn(page, finance);
  await page.goto(`/payouts/new?invoice=${invoiceId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Rembourser une facture" })).toBeVisible();
  await expect(page.getByTestId("refund-remaining")).toHaveText("20\u202f000\u00a0FCFA");
  await fillRefund(page, "25 000", "Taille trop petite");
  await page.getByRole("button", { name: "Vérifier avant d'envoyer" }).click();
  await expect(page.getByText("Au plus 20\u202f000\u00a0FCFA.")).toBeVisible();
  await fillRefund(page, "5 000", "Taille trop petite");
  await expect(page.getByTestId("debited-sub-account")).toContainText("Orange Money");
  await page.screenshot({ path: "test-results/screenshots/refund-form.png", fullPage: true });
  await page.getByRole("button", { name: "Vérifier avant d'envoyer" }).click();
  await expect(page.getByTestId("summary-phone")).toHaveText("+226 76 00 00 01");
  await expect(page.getByTestId("summary-operator")).toContainText("Orange Money");
  await page.screenshot({ path: "test-results/screenshots/refund-summary.png", fullPage: true });
  await page.getByRole("button", { name: /Confirmer et envoyer 5.000/ }).click();
  await expect(page).toHaveURL(/\/payouts\/[a-z0-9]+$/);
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "pending");
  const payoutId = payoutIdFrom(page);
  const [row] = await query<{
    status: string;
    top_up_wallet: number;
    recipient_source: string;
    amount: number;
  }>("SELECT status, top_up_wallet, recipient_source, amount FROM payouts WHERE id = $1", [payoutId]);
  expect(row).toMatchObject({
    status: "pending",
    top_up_wallet: 1,
    recipient_source: "verified_payer",
    amount: 5_000,
  });
  const sim = await simTransaction(payoutId);
  expect(JSON.stringify(sim)).toContain("payout_client");
  await page.screenshot({ path: "test-results/screenshots/refund-sent.png", fullPage: true });
  await page.goto(`/payouts/new?invoice=${invoiceId}`);
  await expect(page.getByTestId("refund-remaining")).toHaveText("15\u202f000\u00a0FCFA");

  // Five simultaneous submits of one form (same key) over HTTP: one payout, one LigdiCash call.
  const body = {
    idempotencyKey: `e2e-${randomBytes(12).toString("hex")}`,
    invoiceId,
    purpose: "refund",
    amount: 1_000,
    reason: "Double clic",
    destination: "mobile_money",
    recipient: { source: "verified_payer" },
  };
  const answers = await Promise.all(
    Array.from({ length: 5 }, () =>
      page.request.post("/api/payouts", { data: body, headers: { Origin: new URL(page.url()).origin } }),
    ),
  );
  const ids = await Promise.all(
    answers.map(async (a) => ((await a.json()) as { payout: { id: string } }).payout.id),
  );
  expect(new Set(ids).size).toBe(1);
  expect(JSON.stringify(await simTransaction(ids[0]!)).match(/payout_merchant/g)).toHaveLength(1);
  // The same key with another amount is another request: refused in the one error shape, never replayed.
  const reused = await page.request.post("/api/payouts", {
    data: { ...body, amount: 2_000 },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(reused.status()).toBe(422);
  expect(((await reused.json()) as { error: { code: string } }).error.code).toBe("idempotency_key_reused");
});

test("a large refund waits for a manager, is approved elsewhere, completes and debits the right operator", async ({
  page,
  browser,
}) => {
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signIn(adminPage, await createStaff("admin", "Aminata Admin"));
  await adminPage.goto("/payouts");
  await adminPage.locator("summary", { hasText: "Règles d'approbation" }).click();
  await adminPage.getByLabel("Seuil par versement (FCFA)").fill("120 000");
  await expect(adminPage.getByLabel("Plafond sur 24 heures par demandeur (FCFA)")).toHaveValue("300000");
  await adminPage.getByRole("button", { name: "Enregistrer" }).click();
  await expect(adminPage.getByRole("main").getByRole("status")).toHaveText(
    "Enregistré : seuil 120\u202f000\u00a0FCFA, plafond sur 24 heures 300\u202f000\u00a0FCFA.",
  );
  await screenshotBothWidths(adminPage, "payouts-admin");
  await admin.close();
  const [setting] = await query<{ value: number }>(
    "SELECT value FROM settings WHERE key = 'approval_threshold'",
  );
  expect(setting?.value).toBe(120_000);

  const finance = await createStaff("finance", "Fatou Finance");
  const invoiceId = await paidInvoice(180_000, "22670000002", finance.id);
  await signIn(page, finance);
  await page.goto(`/payouts/new?invoice=${invoiceId}`);
  await fillRefund(page, "150000", "Commande annulée par le client");
  await page.getByLabel(/Directement sur son mobile money/).check();
  await page.getByRole("button", { name: "Vérifier avant d'envoyer" }).click();
  await expect(page.getByTestId("summary-operator")).toContainText("Moov Money");
  await page.getByRole("button", { name: "Confirmer la demande d'approbation" }).click();
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "awaiting_approval");
  const payoutId = payoutIdFrom(page);

  const other = await browser.newContext();
  const managerPage = await other.newPage();
  await signIn(managerPage, await createStaff("manager", "Moussa Manager"));
  await managerPage.goto("/payouts");
  await expect(managerPage.getByRole("heading", { name: /À approuver/ })).toBeVisible();
  await managerPage.screenshot({ path: "test-results/screenshots/payouts-to-approve.png", fullPage: true });
  await managerPage.goto(`/payouts/${payoutId}`);
  await managerPage.getByLabel("Motif du rejet (obligatoire)").fill("Vérifié avec le client");
  await managerPage.getByRole("button", { name: "Approuver et envoyer" }).click();
  const confirmation = managerPage.getByRole("dialog");
  await expect(confirmation.getByTestId("confirm-amount")).toHaveText("150\u202f000\u00a0FCFA");
  await expect(confirmation.getByTestId("confirm-recipient")).toHaveText("Awa Ouedraogo — +226 70 00 00 02");
  await confirmation.getByTestId("confirm-dialog-confirm").click();
  await expect(managerPage.getByTestId("payout-status")).toHaveAttribute("data-status", "pending");
  await other.close();

  // The requester's page follows the decision without a reload.
  await expect(page.getByTestId("payout-decision")).toContainText("Approuvé par Moussa Manager", {
    timeout: 15_000,
  });
  await settlePayoutCompleted(page, payoutId);
  await expect(
    page.getByTestId("payout-ledger-entry").filter({ hasText: "Sous-compte Moov Money" }),
  ).toContainText("\u2212150");
  const entries = await query<{ account: string; amount: number }>(
    "SELECT e.account, e.amount FROM ledger_entries e JOIN ledger_journals j ON j.id = e.journal_id WHERE j.payout_id = $1 ORDER BY e.amount",
    [payoutId],
  );
  expect(entries).toEqual([
    { account: "operator:moov_bf", amount: -150_000 },
    { account: "counterparty:payees", amount: 150_000 },
  ]);
  await page.screenshot({ path: "test-results/screenshots/refund-approved-completed.png", fullPage: true });
});

test("a refund to a number without a LigdiCash account suggests mobile money, one click sends it there", async ({
  page,
}) => {
  const finance = await createStaff("finance", "Fatou Finance");
  const invoiceId = await paidInvoice(8_000, "22676999999", finance.id);
  await signIn(page, finance);
  await page.goto(`/payouts/new?invoice=${invoiceId}`);
  await fillRefund(page, "8000", "Produit en rupture");
  await page.getByRole("button", { name: "Vérifier avant d'envoyer" }).click();
  await page.getByRole("button", { name: /Confirmer et envoyer/ }).click();
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "failed");
  await expect(page.getByTestId("payout-notice")).toContainText("n'a pas de compte LigdiCash");
  await page.screenshot({ path: "test-results/screenshots/refund-no-wallet.png", fullPage: true });
  const refusedId = payoutIdFrom(page);
  await page.getByRole("button", { name: "Envoyer plutôt sur son mobile money" }).click();
  await page.getByRole("dialog").getByTestId("confirm-dialog-confirm").click();
  await expect(page).not.toHaveURL(new RegExp(refusedId));
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "pending");
  const rows = await query<{ id: string; destination: string; status: string }>(
    "SELECT id, destination, status FROM payouts WHERE invoice_id = $1 ORDER BY created_at",
    [invoiceId],
  );
  expect(rows.map((r) => [r.destination, r.status])).toEqual([
    ["wallet", "failed"],
    ["mobile_money", "pending"],
  ]);
  await page.screenshot({ path: "test-results/screenshots/refund-mobile-money-instead.png", fullPage: true });
});

test("a supplier payout whose answer is lost shows 'Issue inconnue' and a manager settles it after checking LigdiCash", async ({
  page,
  browser,
}) => {
  const finance = await createStaff("finance", "Fatou Finance");
  await signIn(page, finance);
  await page.goto("/payouts/new");
  await expect(page.getByRole("heading", { level: 1, name: "Nouveau versement" })).toBeVisible();
  await page.getByLabel("Objet").selectOption("supplier");
  await page.getByLabel("Montant (FCFA)").fill("3 000");
  await page.getByLabel("Motif (interne)").fill("Livraison de tissu");
  await page.getByLabel("Numéro de téléphone").fill("70 00 00 02");
  await page.getByLabel("Retapez le numéro").fill("70 00 00 03");
  await page.getByLabel(/Directement sur son mobile money/).check();
  await page.getByRole("button", { name: "Vérifier avant d'envoyer" }).click();
  await expect(page.getByText("Les deux saisies ne correspondent pas.")).toBeVisible();
  await page.getByLabel("Retapez le numéro").fill("70000002");
  await expect(page.getByTestId("debited-sub-account")).toContainText("Moov Money");
  await page.getByRole("button", { name: "Vérifier avant d'envoyer" }).click();
  // LigdiCash executes the payout, but its answer is lost (a 502 from a proxy).
  await fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ kind: "status", status: 502, endpoints: ["E7"], count: 1, processed: true }),
  });
  await page.getByRole("button", { name: /Confirmer et envoyer 3.000/ }).click();
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "outcome_unknown");
  await expect(page.getByTestId("payout-notice")).toContainText("Il ne sera jamais renvoyé");
  await page.screenshot({ path: "test-results/screenshots/payout-outcome-unknown.png", fullPage: true });
  const payoutId = payoutIdFrom(page);
  const [row] = await query<{ recipient_source: string; purpose: string }>(
    "SELECT recipient_source, purpose FROM payouts WHERE id = $1",
    [payoutId],
  );
  expect(row).toEqual({ recipient_source: "typed_twice", purpose: "supplier" });

  const other = await browser.newContext();
  const managerPage = await other.newPage();
  await signIn(managerPage, await createStaff("manager", "Moussa Manager"));
  await managerPage.goto(`/payouts?status=outcome_unknown`);
  await managerPage
    .getByTestId("payout-row")
    .filter({ hasText: "3\u202f000" })
    .first()
    .getByRole("link")
    .click();
  await managerPage
    .getByLabel("Ce que vous avez constaté dans l'espace LigdiCash (obligatoire)")
    .fill("Versement P123 visible, statut completed");
  await managerPage.getByRole("button", { name: "Marquer comme versé" }).click();
  await expect(managerPage.getByTestId("payout-status")).toHaveAttribute("data-status", "completed");
  await other.close();
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "completed", {
    timeout: 15_000,
  });
  const audit = await query<{ n: string }>(
    "SELECT count(*) AS n FROM audit_log WHERE action = 'payout.resolved_manually' AND target_id = $1",
    [payoutId],
  );
  expect(Number(audit[0]?.n)).toBe(1);
  const sent = await (
    await fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/transactions?transaction_id=${payoutId}`)
  ).json();
  expect(JSON.stringify(sent).match(/payout_merchant/g)).toHaveLength(1);
});

test("a refund to another number than the payer's waits for a manager and says why", async ({ page }) => {
  const finance = await createStaff("finance", "Fatou Finance");
  const invoiceId = await paidInvoice(6_000, "22676000001", finance.id);
  await signIn(page, finance);
  await page.goto(`/payouts/new?invoice=${invoiceId}`);
  await fillRefund(page, "2 000", "Remboursé à sa sœur, à sa demande");
  await page.getByLabel("Un autre numéro").check();
  await page.getByLabel("Numéro de téléphone").fill("70 00 00 03");
  await page.getByLabel("Retapez le numéro").fill("70 00 00 03");
  await page.getByRole("button", { name: "Vérifier avant d'envoyer" }).click();
  await expect(page.getByTestId("summary-approval")).toContainText(
    "Remboursement vers un autre numéro que celui du client qui a payé",
  );
  await screenshotBothWidths(page, "refund-other-number-summary");
  await page.getByRole("button", { name: "Confirmer la demande d'approbation" }).click();
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "awaiting_approval");
  await expect(page.getByTestId("payout-approval-reasons")).toHaveText(
    "Pourquoi une approbation : Remboursement vers un autre numéro que celui du client qui a payé : une approbation est toujours requise.",
  );
  await screenshotBothWidths(page, "refund-other-number-waiting");
  const [row] = await query<{ status: string; approval_reasons: string }>(
    "SELECT status, approval_reasons::text FROM payouts WHERE id = $1",
    [payoutIdFrom(page)],
  );
  expect(row).toEqual({ status: "awaiting_approval", approval_reasons: "{other_number}" });
});

test("a status word LigdiCash never documented keeps the refund pending and is flagged in plain French", async ({
  page,
}) => {
  const finance = await createStaff("finance", "Fatou Finance");
  const invoiceId = await paidInvoice(9_000, "22676000001", finance.id);
  await signIn(page, finance);
  await page.goto(`/payouts/new?invoice=${invoiceId}`);
  await fillRefund(page, "9 000", "Commande annulée");
  await page.getByRole("button", { name: "Vérifier avant d'envoyer" }).click();
  await page.getByRole("button", { name: /Confirmer et envoyer 9.000/ }).click();
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "pending");
  const payoutId = payoutIdFrom(page);

  const answer = await fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/status-answer`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ transaction_id: payoutId, status: "reversed" }),
  });
  expect(answer.status).toBe(200);
  await page.getByRole("button", { name: "Vérifier maintenant" }).click();
  const flag = page.getByTestId("unknown-gateway-status");
  await expect(flag).toContainText("LigdiCash a répondu un statut inconnu : « reversed »");
  await expect(page.getByTestId("payout-status")).toHaveAttribute("data-status", "pending");
  const [row] = await query<{ status: string; unknown_gateway_status: string | null }>(
    "SELECT status, unknown_gateway_status FROM payouts WHERE id = $1",
    [payoutId],
  );
  expect(row).toEqual({ status: "pending", unknown_gateway_status: "reversed" });

  await page.goto(`/transactions/${payoutId}`);
  await expect(page.getByTestId("unknown-gateway-status")).toContainText("« reversed »");
  await screenshotBothWidths(page, "unknown-status");
  // The amount stays reserved: nothing is left to refund on the invoice.
  await page.goto(`/payouts/new?invoice=${invoiceId}`);
  await expect(page.getByTestId("refund-remaining")).toHaveText("0\u00a0FCFA");
});
