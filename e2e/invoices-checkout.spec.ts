import path from "node:path";
import { type Browser, type Page, expect, test } from "@playwright/test";
import { E2E_ORIGIN, E2E_SIMULATOR_ORIGIN } from "./support/e2e-env";
import { paymentStatus, payWithOrange } from "./support/pay-page";
import { createStaff, query, signIn } from "./support/staff";

// Staff create an invoice, the customer pays (or cancels, or finds the link expired) through
// LigdiCash's hosted page — the simulator's — in a browser context of their own, and both sides
// see the verified outcome.

const SCREENSHOTS = path.join(__dirname, "..", "test-results", "screenshots");
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

/** The customer's phone: a separate context, no staff cookie. */
async function customerPage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 915 },
    isMobile: true,
    hasTouch: true,
    locale: "fr-FR",
  });
  return context.newPage();
}

/** A two-item hosted invoice as the staff API takes it. */
const invoiceBody = (idempotencyKey: string) => ({
  idempotencyKey,
  channel: "hosted",
  customerFirstname: "Issa",
  customerLastname: "Kabore",
  customerEmail: "issa@example.bf",
  items: [
    { name: "Sac de riz 25 kg", quantity: 1, unitPrice: 17_500 },
    { name: "Huile 5 L", quantity: 2, unitPrice: 3_000 },
  ],
  description: "Commande n° 2077",
});

/** Creates a two-item invoice over the staff API (the UI path is covered by the first journey). */
async function createOverApi(page: Page, idempotencyKey: string = crypto.randomUUID()) {
  const response = await page.request.post("/api/invoices", {
    headers: { Origin: E2E_ORIGIN },
    data: invoiceBody(idempotencyKey),
  });
  expect(response.status()).toBe(201);
  const { invoice } = (await response.json()) as {
    invoice: { id: string; publicId: string; status: string };
  };
  expect(invoice.status).toBe("pending");
  return { ...invoice, payUrl: `${E2E_ORIGIN}/pay/${invoice.publicId}` };
}

test("a finance user creates an invoice; the customer pays with Orange Money; both see it paid", async ({
  page,
  browser,
}) => {
  const hydrationErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /hydrat/i.test(message.text())) hydrationErrors.push(message.text());
  });
  await signIn(page, await createStaff("finance", "Fatou Finance"));
  await page.goto("/invoices/new");
  await page.getByLabel("Prénom", { exact: true }).fill("Awa");
  await page.getByLabel("Nom", { exact: true }).fill("Ouedraogo");
  await page.getByLabel("Adresse e-mail").fill("awa@example.bf");
  const first = page.getByRole("group", { name: "Article 1" });
  await first.getByLabel("Article", { exact: true }).fill("Pagne Faso Dan Fani");
  await first.getByLabel("Détail (facultatif)").fill("2 mètres");
  await first.getByLabel("Quantité").fill("2");
  await first.getByLabel("Prix unitaire (FCFA)").fill("5 500");
  await page.getByRole("button", { name: "Ajouter un article" }).click();
  const second = page.getByRole("group", { name: "Article 2" });
  await second.getByLabel("Article", { exact: true }).fill("Livraison Ouaga 2000");
  await second.getByLabel("Prix unitaire (FCFA)").fill("1500");
  await expect(page.getByTestId("invoice-total")).toHaveText(/^12\s500\sFCFA$/);
  await page.getByLabel("Description affichée au client").fill("Commande n° 1042");
  await shot(page, "invoice-new");
  await page.getByRole("button", { name: "Créer la facture" }).click();

  await page.waitForURL(/\/invoices\/[a-z0-9]+$/);
  await expect(page.getByTestId("invoice-status")).toHaveAttribute("data-status", "pending");
  const payUrl = await page.getByTestId("pay-link").inputValue();
  expect(payUrl).toMatch(new RegExp(`^${E2E_ORIGIN}/pay/[A-Za-z0-9_-]{24}$`));
  await expect(page.getByRole("img", { name: "QR code du lien de paiement" })).toBeVisible();
  await shot(page, "invoice-detail-pending");

  const customer = await customerPage(browser);
  await customer.goto(payUrl);
  await expect(customer.getByTestId("merchant-name")).toHaveText("Boutique Wend-Panga");
  await expect(customer.getByTestId("pay-total")).toHaveText(/^12\s500\sFCFA$/);
  await expect(customer.getByText("Pagne Faso Dan Fani")).toBeVisible();
  await shot(customer, "pay-link");
  await customer.getByTestId("pay-button").click();

  // The simulator's hosted page (LigdiCash's, in production), in the same tab.
  await payWithOrange(customer);
  await expect(customer.getByRole("heading", { name: "Paiement reçu" })).toBeVisible();
  await expect(paymentStatus(customer).getByText(/la facture est payée/)).toBeVisible();
  await shot(customer, "pay-return-paid");

  // The staff page follows without a reload (it polls while pending).
  await expect(page.getByTestId("invoice-status")).toHaveAttribute("data-status", "completed", {
    timeout: 15_000,
  });
  await expect(page.getByText("Orange Money").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Rembourser" })).toHaveAttribute(
    "href",
    /\/payouts\/new\?invoice=/,
  );
  await shot(page, "invoice-detail-completed");

  // The paid link now says so instead of offering to pay again.
  await customer.goto(payUrl);
  await expect(paymentStatus(customer)).toHaveAttribute("data-state", "paid");
  await expect(customer.getByTestId("pay-button")).toHaveCount(0);
  await customer.context().close();

  await page.goto("/invoices?status=completed");
  await expect(page.getByTestId("invoice-row").first()).toContainText("Awa Ouedraogo");
  await shot(page, "invoice-list");
  expect(hydrationErrors).toEqual([]);
});

test("the customer cancels on LigdiCash's page and is told so; the invoice ends not completed", async ({
  page,
  browser,
}) => {
  await signIn(page, await createStaff("manager"));
  const invoice = await createOverApi(page);

  const customer = await customerPage(browser);
  await customer.goto(invoice.payUrl);
  await customer.getByTestId("pay-button").click();
  await customer.getByRole("button", { name: "Annuler le paiement et retourner à la boutique" }).click();
  await customer.waitForURL(/\/pay\/[A-Za-z0-9_-]+\/cancel$/);
  await expect(customer.getByRole("heading", { name: "Paiement annulé" })).toBeVisible();
  await expect(customer.getByTestId("pay-retry")).toBeVisible({ timeout: 15_000 });
  await shot(customer, "pay-cancel");
  await customer.context().close();

  await page.goto(`/invoices/${invoice.id}`);
  await expect(page.getByTestId("invoice-status")).toHaveAttribute("data-status", "notcompleted", {
    timeout: 15_000,
  });
  await expect(page.getByTestId("invoice-timeline")).toContainText("vérification du statut");
  await shot(page, "invoice-detail-notcompleted");
});

test("an expired link cannot be paid, even through its LigdiCash redirect; an unknown link is a French 404", async ({
  page,
  browser,
}) => {
  await signIn(page, await createStaff("admin"));
  const invoice = await createOverApi(page);
  await query(`UPDATE invoices SET expires_at = now() - interval '1 minute' WHERE id = $1`, [invoice.id]);

  const customer = await customerPage(browser);
  await customer.goto(invoice.payUrl);
  await expect(customer.getByRole("heading", { name: "Lien expiré" })).toBeVisible();
  await expect(customer.getByTestId("pay-button")).toHaveCount(0);
  await shot(customer, "pay-expired");
  await customer.goto(`${invoice.payUrl}/go`);
  expect(customer.url()).toBe(invoice.payUrl);

  const missing = await customer.goto(`${E2E_ORIGIN}/pay/aucun-lien-de-ce-nom-123`);
  expect(missing?.status()).toBe(404);
  await expect(customer.getByRole("heading", { name: "Lien de paiement introuvable" })).toBeVisible();
  await shot(customer, "pay-not-found");
  await customer.context().close();

  await page.goto(`/invoices/${invoice.id}`);
  await expect(page.getByText(/Lien expiré le/)).toBeVisible();
  await shot(page, "invoice-detail-expired");
});

test("staff revoke a link: the customer can no longer pay it, and the revocation is audited", async ({
  page,
  browser,
}) => {
  await signIn(page, await createStaff("manager"));
  const invoice = await createOverApi(page);
  await page.goto(`/invoices/${invoice.id}`);
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Révoquer le lien" }).click();
  await expect(page.getByText(/Lien révoqué le/)).toBeVisible();
  await expect(page.getByTestId("pay-link")).toHaveCount(0);

  const customer = await customerPage(browser);
  await customer.goto(invoice.payUrl);
  await expect(customer.getByRole("heading", { name: "Lien annulé" })).toBeVisible();
  await shot(customer, "pay-revoked");
  await customer.context().close();
  expect(await query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [invoice.id])).toEqual([
    { action: "invoice.created" },
    { action: "invoice.revoked" },
  ]);
});

test("staff collect a direct payin: operator detected live, a wrong OTP explained, the right one accepted", async ({
  page,
}) => {
  await signIn(page, await createStaff("finance"));
  await page.goto("/invoices/new");
  await page.getByLabel("Paiement assisté").check();
  await page.getByLabel("Prénom", { exact: true }).fill("Awa");
  await page.getByLabel("Nom", { exact: true }).fill("Ouedraogo");
  await page.getByLabel("Adresse e-mail").fill("awa@example.bf");
  const line = page.getByRole("group", { name: "Article 1" });
  await line.getByLabel("Article", { exact: true }).fill("Recharge gaz 12 kg");
  await line.getByLabel("Prix unitaire (FCFA)").fill("6 500");
  await page.getByLabel("Description affichée au client").fill("Vente au comptoir");
  await page.getByLabel("Numéro mobile money du client").fill("76 00 00 01");
  await expect(page.getByTestId("detected-operator")).toHaveText("Opérateur : Orange Money");
  await page.getByRole("button", { name: /^Encaisser/ }).click();
  await expect(page.getByText(/Code OTP : 6 chiffres, obtenus en composant \*144\*4\*6#/)).toBeVisible();

  await page.getByLabel("Code OTP du client").fill("000000");
  await page.getByRole("button", { name: /^Encaisser/ }).click();
  await expect(page.getByRole("alert").first()).toContainText("Code OTP incorrect");
  await shot(page, "invoice-direct-wrong-otp");

  await page.getByLabel("Code OTP du client").fill("123456");
  await page.getByRole("button", { name: /^Encaisser/ }).click();
  await page.waitForURL(/\/invoices\/[a-z0-9]+$/);
  await expect(page.getByTestId("invoice-status")).toHaveAttribute("data-status", "pending");
  const id = page.url().split("/").pop() ?? "";
  const settled = await page.request.post(`${E2E_SIMULATOR_ORIGIN}/_sim/settle`, {
    data: { transaction_id: id, status: "completed" },
  });
  expect(settled.ok()).toBe(true);
  await expect(page.getByTestId("invoice-status")).toHaveAttribute("data-status", "completed", {
    timeout: 15_000,
  });
  await shot(page, "invoice-direct-completed");
  // Two invoices on record: the refused one (wrong OTP) and the paid one.
  const rows = await query<{ status: string; failure_code: string | null }>(
    `SELECT status, failure_code FROM invoices WHERE customer_phone = '22676000001' AND channel = 'direct' ORDER BY created_at`,
  );
  expect(rows.slice(-2)).toEqual([
    { status: "failed", failure_code: "wrong_otp" },
    { status: "completed", failure_code: null },
  ]);
});

test("LigdiCash refuses, then does not answer: staff see why, keep their input, and start again from the same details", async ({
  page,
}) => {
  const sim = (path: string, method: "PUT" | "POST" | "DELETE", data?: unknown) =>
    page.request.fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/${path}`, { method, data });
  await signIn(page, await createStaff("finance"));
  await page.goto("/invoices/new");
  await page.getByLabel("Prénom", { exact: true }).fill("Salif");
  await page.getByLabel("Nom", { exact: true }).fill("Zongo");
  await page.getByLabel("Adresse e-mail").fill("salif@example.bf");
  const line = page.getByRole("group", { name: "Article 1" });
  await line.getByLabel("Article", { exact: true }).fill("Vélo");
  await line.getByLabel("Prix unitaire (FCFA)").fill("45000");
  await page.getByLabel("Description affichée au client").fill("Vélo de ville");

  await sim("merchant", "PUT", { payinEnabled: false });
  try {
    await page.getByRole("button", { name: "Créer la facture" }).click();
    await expect(page.getByRole("alert").first()).toContainText("LigdiCash a refusé la facture");
  } finally {
    await sim("merchant", "PUT", { payinEnabled: true });
  }
  await expect(page.getByLabel("Prénom", { exact: true })).toHaveValue("Salif");
  await shot(page, "invoice-new-refused");

  // LigdiCash answers 502: the request may have arrived, so the outcome is unknown — never resent.
  expect(
    (await sim("faults", "POST", { kind: "status", status: 502, endpoints: ["E1"], count: 1 })).ok(),
  ).toBe(true);
  await page.getByRole("button", { name: "Créer la facture" }).click();
  await page.waitForURL(/\/invoices\/[a-z0-9]+$/);
  await expect(page.getByTestId("invoice-status")).toHaveAttribute("data-status", "unknown");
  await expect(page.getByTestId("invoice-unknown")).toContainText("le client ne peut donc pas payer ce lien");
  await shot(page, "invoice-detail-unknown");
  await page.getByRole("link", { name: /Créer une nouvelle facture avec les mêmes informations/ }).click();
  await expect(page.getByLabel("Prénom", { exact: true })).toHaveValue("Salif");
  await expect(page.getByTestId("invoice-total")).toHaveText(/^45\s000\sFCFA$/);
});

test("an invoice key reused with another body is refused with 422, the same body replays the invoice", async ({
  page,
}) => {
  await signIn(page, await createStaff("finance", "Fatou Finance"));
  const key = crypto.randomUUID();
  const first = await createOverApi(page, key);
  const post = (data: Record<string, unknown>) =>
    page.request.post("/api/invoices", { headers: { Origin: E2E_ORIGIN }, data });
  const body = invoiceBody(key);
  const replay = await post(body);
  expect(replay.status()).toBe(200);
  expect(((await replay.json()) as { invoice: { id: string } }).invoice.id).toBe(first.id);
  const reused = await post({ ...body, description: "Commande n° 2078" });
  expect(reused.status()).toBe(422);
  const answer = (await reused.json()) as { error: { code: string; message: string } };
  expect(answer.error.code).toBe("idempotency_key_reused");
  expect(answer.error.message).toContain("déjà été enregistrée avec d'autres valeurs");
});
