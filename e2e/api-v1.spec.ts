import path from "node:path";
import { randomUUID } from "node:crypto";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { settleAtSimulator, waitForStatus } from "./support/customer-invoice";
import { E2E_ORIGIN } from "./support/e2e-env";
import { createStaff, query, signIn, signInApi } from "./support/staff";
import { SHOP_ORDER } from "../test/support/api-v1/shop-order";

// A shop's backend creates a pay link with a key an admin made in the console, retries safely,
// reads the verified state once the customer paid; revoking the key shuts it out.

const SCREENS = path.join(__dirname, "..", "test-results", "screens");
const ORDER = SHOP_ORDER;

test("a shop creates a pay link through the API, retries without paying twice, and loses access once its key is revoked", async ({
  page,
}) => {
  const admin = await createStaff("admin", "Aminata Admin");
  await signIn(page, admin);
  await page.goto("/api-keys");
  await page.getByLabel("Nom").fill("Boutique en ligne");
  await page.getByRole("button", { name: "Créer la clé" }).click();
  const secret = (await page.getByTestId("api-key-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^caisse_sk_/);
  await page.screenshot({ path: path.join(SCREENS, "api-keys-created-1440-fr.png"), fullPage: true });

  // The shop's backend: no cookie, no Origin — only the key.
  const shop = await playwrightRequest.newContext({ baseURL: E2E_ORIGIN });
  const auth = { Authorization: `Bearer ${secret}` };
  const idempotencyKey = randomUUID();
  const created = await shop.post("/api/v1/invoices", {
    headers: { ...auth, "Idempotency-Key": idempotencyKey },
    data: ORDER,
  });
  expect(created.status(), await created.text()).toBe(201);
  const invoice = (await created.json()) as {
    id: string;
    number: string;
    status: string;
    amount: number;
    pay_url: string;
    reference: string;
  };
  expect(invoice).toMatchObject({
    status: "awaiting_payment",
    amount: 12_500,
    reference: "CMD-7781",
    metadata: ORDER.metadata,
  });
  expect(invoice.number).toMatch(/^FAC-\d{4}-\d{6}$/);
  expect(invoice.pay_url).toContain("/pay/");

  // A retry (lost answer) replays the same invoice; LigdiCash was asked once.
  const replay = await shop.post("/api/v1/invoices", {
    headers: { ...auth, "Idempotency-Key": idempotencyKey },
    data: ORDER,
  });
  expect(replay.status()).toBe(200);
  expect(((await replay.json()) as { id: string }).id).toBe(invoice.id);
  const calls = await query<{ n: string }>(
    `SELECT count(*) AS n FROM gateway_exchanges WHERE invoice_id = $1 AND operation = 'hosted_payin'`,
    [invoice.id],
  );
  expect(Number(calls[0]?.n)).toBe(1);
  // The same key with another body is another request: refused.
  const reused = await shop.post("/api/v1/invoices", {
    headers: { ...auth, "Idempotency-Key": idempotencyKey },
    data: { ...ORDER, description: "Autre commande" },
  });
  expect(reused.status()).toBe(422);
  expect(((await reused.json()) as { error: { code: string } }).error.code).toBe("idempotency_key_reused");
  const keyless = await shop.post("/api/v1/invoices", { headers: auth, data: ORDER });
  expect(keyless.status()).toBe(400);
  const invalid = await shop.post("/api/v1/invoices", {
    headers: { ...auth, "Idempotency-Key": randomUUID() },
    data: { ...ORDER, customerEmail: "pas-une-adresse" },
  });
  expect(invalid.status()).toBe(422);
  const fields = ((await invalid.json()) as { error: { details: { fields: { path: string }[] } } }).error
    .details.fields;
  expect(fields.map((f) => f.path)).toContain("customerEmail");

  // The customer pays; the shop reads the verified state.
  const staffApi = await playwrightRequest.newContext({ baseURL: E2E_ORIGIN });
  await signInApi(staffApi, admin);
  await settleAtSimulator(staffApi, invoice.id, { status: "completed" });
  await waitForStatus("invoices", invoice.id, "completed");
  const read = await shop.get(`/api/v1/invoices/${invoice.id}`, { headers: auth });
  expect(read.status()).toBe(200);
  expect(((await read.json()) as { status: string }).status).toBe("paid");
  const list = await shop.get("/api/v1/invoices?limit=5", { headers: auth });
  expect(((await list.json()) as { data: { id: string }[] }).data.map((i) => i.id)).toContain(invoice.id);
  // A staff session is no key.
  expect((await staffApi.get(`/api/v1/invoices/${invoice.id}`)).status()).toBe(401);

  // The console shows when the key was last used, then the admin revokes it.
  await page.reload();
  const row = page.getByTestId("api-key-row").filter({ hasText: "Boutique en ligne" });
  await expect(row).not.toContainText("Jamais utilisée");
  await expect(page.getByTestId("api-key-secret")).toHaveCount(0);
  await row.getByRole("button", { name: "Révoquer" }).click();
  await page.getByTestId("confirm-dialog").getByRole("button", { name: "Révoquer la clé" }).click();
  await expect(row).toContainText("Révoquée le");
  expect((await shop.get(`/api/v1/invoices/${invoice.id}`, { headers: auth })).status()).toBe(401);
  const audit = await query<{ action: string }>(
    `SELECT action FROM audit_log WHERE actor_id = $1 AND action LIKE 'api_key.%' ORDER BY id`,
    [admin.id],
  );
  expect(audit.map((a) => a.action)).toEqual(["api_key.created", "api_key.revoked"]);
  await shop.dispose();
  await staffApi.dispose();
});

test("the OpenAPI document is served and describes every route", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = (await response.json()) as { openapi: string; paths: Record<string, object> };
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual([
    "/api/v1/invoices",
    "/api/v1/invoices/{id}",
    "/api/v1/payouts",
    "/api/v1/payouts/{id}",
    "/api/v1/transactions",
  ]);
});

// A shop's backend pays a supplier and refunds a customer with a key allowed to move money: a
// small payout leaves at once, a large one waits for a manager in the console, exactly as if staff
// had typed it; the console shows both, and the invoice shows the shop's metadata.
test("a shop sends money through the API; above the threshold it waits for a manager in the console", async ({
  page,
  browser,
}) => {
  const admin = await createStaff("admin", "Aminata Admin");
  await signIn(page, admin);
  await page.goto("/api-keys");
  await page.getByLabel("Nom").fill("Comptabilité boutique");
  await page.getByLabel("Envoyer de l'argent").check();
  await page.getByRole("button", { name: "Créer la clé" }).click();
  const secret = (await page.getByTestId("api-key-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^caisse_sk_/);

  const shop = await playwrightRequest.newContext({ baseURL: E2E_ORIGIN });
  const auth = { Authorization: `Bearer ${secret}` };
  const payout = (amount: number) => ({
    purpose: "supplier",
    amount,
    reason: "Facture fournisseur tissu n° 88",
    destination: "mobile_money",
    recipient: { source: "typed_twice", phone: "70 00 00 02", phoneConfirm: "70000002" },
  });
  const small = await shop.post("/api/v1/payouts", {
    headers: { ...auth, "Idempotency-Key": randomUUID() },
    data: payout(5_000),
  });
  expect(small.status(), await small.text()).toBe(201);
  const sent = (await small.json()) as { id: string; number: string; status: string; kind: string };
  expect(sent).toMatchObject({ kind: "payout", status: "pending" });

  const largeKey = randomUUID();
  const large = await shop.post("/api/v1/payouts", {
    headers: { ...auth, "Idempotency-Key": largeKey },
    data: payout(150_000),
  });
  expect(large.status(), await large.text()).toBe(201);
  const waiting = (await large.json()) as { id: string; number: string; status: string };
  expect(waiting.status).toBe("awaiting_approval");
  const retried = await shop.post("/api/v1/payouts", {
    headers: { ...auth, "Idempotency-Key": largeKey },
    data: payout(150_000),
  });
  expect([retried.status(), ((await retried.json()) as { id: string }).id]).toEqual([200, waiting.id]);

  // The console lists both, as any staff request.
  await page.goto("/payouts");
  await expect(page.getByTestId("payout-row").filter({ hasText: sent.number })).toBeVisible();
  await expect(page.getByTestId("payout-row").filter({ hasText: waiting.number })).toContainText(
    "En attente d'approbation",
  );

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, await createStaff("manager", "Moussa Manager"));
  await manager.goto(`/payouts/${waiting.id}`);
  await manager.getByRole("button", { name: "Approuver et envoyer" }).click();
  await manager
    .getByRole("dialog", { name: "Approuver et envoyer ce versement ?" })
    .getByTestId("confirm-dialog-confirm")
    .click();
  await expect(manager.getByTestId("payout-status")).toHaveAttribute("data-status", "pending");
  await managerContext.close();
  const read = await shop.get(`/api/v1/payouts/${waiting.id}`, { headers: auth });
  expect(((await read.json()) as { status: string }).status).toBe("pending");

  const history = await shop.get("/api/v1/transactions?type=payout&limit=100", { headers: auth });
  expect(history.status()).toBe(200);
  const ids = ((await history.json()) as { data: { id: string }[] }).data.map((t) => t.id);
  expect(ids).toEqual(expect.arrayContaining([sent.id, waiting.id]));

  // An invoice made by the shop carries its metadata to the console, folded.
  const made = await shop.post("/api/v1/invoices", {
    headers: { ...auth, "Idempotency-Key": randomUUID() },
    data: ORDER,
  });
  expect(made.status(), await made.text()).toBe(201);
  const invoiceId = ((await made.json()) as { id: string }).id;
  await page.goto(`/invoices/${invoiceId}`);
  const metadata = page.getByTestId("invoice-metadata");
  await expect(metadata).toContainText("Métadonnées (2)");
  await expect(metadata.getByText("P-7781")).toBeHidden();
  await metadata.getByText("Métadonnées (2)").click();
  await expect(metadata.getByText("client_boutique")).toBeVisible();
  await expect(metadata.getByText("P-7781")).toBeVisible();
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SCREENS, `invoice-metadata-${width}-fr.png`), fullPage: true });
  }
  await shop.dispose();
});
