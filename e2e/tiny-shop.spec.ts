import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { type Page, expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { E2E_ORIGIN } from "./support/e2e-env";
import { payWithOrange } from "./support/pay-page";
import { createStaff, query, signIn } from "./support/staff";

// The example shop of examples/tiny-shop, run as its README says, against this Caisse: an admin
// makes its key and its webhook address in the console, a customer orders and pays through
// LigdiCash's page (the simulator's), and the shop learns it from the signed notification alone.

const SCREENS = path.join(__dirname, "..", "test-results", "screens");
const SHOP_PORT = Number(process.env.E2E_SHOP_PORT ?? 8810);
const SHOP = `http://127.0.0.1:${SHOP_PORT}`;

test.setTimeout(180_000);

/** The shop as a developer starts it: `node examples/tiny-shop/shop.mjs` with four variables. */
async function startShop(apiKey: string, webhookSecret: string): Promise<ChildProcess> {
  const shop = spawn(process.execPath, [path.join(__dirname, "..", "examples", "tiny-shop", "shop.mjs")], {
    env: {
      ...process.env,
      CAISSE_URL: E2E_ORIGIN,
      CAISSE_API_KEY: apiKey,
      CAISSE_WEBHOOK_SECRET: webhookSecret,
      PORT: String(SHOP_PORT),
      ORDERS_FILE: path.join(mkdtempSync(path.join(tmpdir(), "tiny-shop-")), "orders.json"),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    shop.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("tiny shop on")) resolve();
    });
    shop.once("exit", (code) => reject(new Error(`the shop exited (${code})`)));
  });
  return shop;
}

/** Fills the shop's product form; answers the order's id from the order page it leads to. */
async function order(customer: Page, firstname: string): Promise<string> {
  await customer.goto(`${SHOP}/`);
  await customer.getByLabel("Prénom", { exact: true }).fill(firstname);
  await customer.getByLabel("Nom", { exact: true }).fill("Ouédraogo");
  await customer.getByLabel("Adresse e-mail").fill(`${firstname.toLowerCase()}@example.bf`);
  await customer.getByLabel("Quantité").fill("2");
  await customer.getByRole("button", { name: "Commander" }).click();
  await customer.waitForURL(/\/orders\/CMD-[0-9a-f]{12}$/);
  await expect(customer.locator("#order-state")).toHaveAttribute("data-state", "new");
  return customer.url().split("/").pop()!;
}

test("a customer orders in the example shop, pays through Caisse, and the shop sees it paid; a forged notification is refused", async ({
  page,
  browser,
}) => {
  const admin = await createStaff("admin", "Aminata Admin");
  await signIn(page, admin);

  await page.goto("/api-keys");
  await page.getByLabel("Nom").fill("Petite boutique");
  await page.getByRole("checkbox", { name: /^Lire/ }).uncheck();
  await page.getByRole("button", { name: "Créer la clé" }).click();
  const apiKey = (await page.getByTestId("api-key-secret").textContent())?.trim() ?? "";
  expect(apiKey).toMatch(/^caisse_sk_/);

  await page.goto("/webhooks");
  await page.getByLabel("Adresse (URL)").fill(`${SHOP}/webhooks/caisse`);
  await page.getByLabel("Autoriser une adresse locale ou privée").check();
  await page.getByRole("button", { name: "Ajouter l'adresse" }).click();
  const secret = (await page.getByTestId("webhook-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^whsec_/);

  const shop = await startShop(apiKey, secret);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR" });
  try {
    const customer = await context.newPage();
    const orderId = await order(customer, "Salimata");

    // A double click on "Payer": two requests, one invoice (the order id is the Idempotency-Key).
    await customer.getByRole("button", { name: "Payer" }).dblclick();
    await customer.waitForURL(new RegExp(`^${E2E_ORIGIN}/pay/[A-Za-z0-9_-]+$`));
    const invoices = await query<{ id: string; total_amount: number }>(
      `SELECT id, total_amount FROM invoices WHERE merchant_reference = $1`,
      [orderId],
    );
    expect(invoices).toHaveLength(1);
    expect(invoices[0]!.total_amount).toBe(12_500);

    await customer.getByTestId("pay-button").click();
    await payWithOrange(customer);

    // Back at the shop: the order page reloads itself until the signed notification has arrived.
    await customer.goto(`${SHOP}/orders/${orderId}`);
    await expect(customer.locator("#order-state")).toHaveAttribute("data-state", "paid", { timeout: 45_000 });
    await expect(customer.getByText("Merci ! Votre commande est payée.")).toBeVisible();
    await customer.screenshot({ path: path.join(SCREENS, "tiny-shop-paid-390-fr.png"), fullPage: true });

    // A forged "paid" for another order: signed with a secret that is not the endpoint's, or not at all.
    const unpaid = await order(customer, "Issa");
    const body = JSON.stringify({
      type: "invoice.paid",
      timestamp: new Date().toISOString(),
      data: { id: "inv_forged", object: "invoice", status: "paid", amount: 12_500, reference: unpaid },
    });
    const post = (headers: Record<string, string>) =>
      fetch(`${SHOP}/webhooks/caisse`, { method: "POST", headers, body }).then((r) => r.status);
    const forger = new Webhook(`whsec_${Buffer.from("not the endpoint's secret, 32 b").toString("base64")}`);
    const now = new Date();
    const forged = {
      "webhook-id": "msg_forged",
      "webhook-timestamp": String(Math.floor(now.getTime() / 1000)),
    };
    expect(await post({ ...forged, "webhook-signature": forger.sign("msg_forged", now, body) })).toBe(400);
    expect(await post(forged)).toBe(400);
    await customer.reload();
    await expect(customer.locator("#order-state")).toHaveAttribute("data-state", "new");
    // The same message signed with the real secret is believed: the signature alone decided.
    const genuine = new Webhook(secret).sign("msg_genuine", now, body);
    expect(await post({ ...forged, "webhook-id": "msg_genuine", "webhook-signature": genuine })).toBe(204);
    await customer.reload();
    await expect(customer.locator("#order-state")).toHaveAttribute("data-state", "paid");
  } finally {
    await context.close();
    shop.kill();
  }
});
