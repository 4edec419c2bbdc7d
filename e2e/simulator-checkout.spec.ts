import path from "node:path";
import { test, expect, devices } from "@playwright/test";
import { startSimulator, type RunningSimulator } from "../simulator/server";
import { startReceiver, type Receiver } from "../simulator/testing/receiver";

// The LigdiCash simulator's checkout page in real Chromium, on a phone-sized viewport:
// create an invoice through the API, pay (or cancel) on the page, land on the merchant's URL,
// and receive the double callback. The simulator runs in this process on a random port.

const SCREENSHOTS = path.join(__dirname, "..", "test-results", "screenshots");
const { defaultBrowserType: _browser, ...pixel7 } = devices["Pixel 7"];
test.use({ ...pixel7, locale: "fr-FR" });

let sim: RunningSimulator;
let receiver: Receiver;

test.beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  receiver = await startReceiver();
});

test.afterAll(async () => {
  await sim?.close();
  await receiver?.close();
});

test.beforeEach(() => {
  sim.controls.reset();
  receiver.received.length = 0;
});

/** Creates a hosted invoice like Caisse does (E1) and answers its token and payment URL. */
async function createInvoice(transactionId: string) {
  const landing = (which: string) => `${sim.origin}/_sim/health?landing=${which}&order=${transactionId}`;
  const response = await fetch(`${sim.baseUrl}redirect/checkout-invoice/create`, {
    method: "POST",
    headers: {
      Apikey: "sim-api-key",
      Authorization: "Bearer sim-auth-token",
      Accept: "application/json",
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      commande: {
        invoice: {
          items: [
            {
              name: "Pagne Faso Dan Fani",
              description: "2 mètres",
              quantity: 2,
              unit_price: 5500,
              total_price: 11000,
            },
            {
              name: "Livraison Ouaga 2000",
              description: "",
              quantity: 1,
              unit_price: 1500,
              total_price: 1500,
            },
          ],
          total_amount: 12500,
          devise: "XOF",
          description: `Commande ${transactionId}`,
          customer: "",
          customer_firstname: "Awa",
          customer_lastname: "Ouedraogo",
          customer_email: "awa@example.org",
          external_id: "",
          otp: "",
        },
        store: { name: "Boutique Wend-Panga", website_url: "https://shop.example.org" },
        actions: { return_url: landing("return"), cancel_url: landing("cancel"), callback_url: receiver.url },
        custom_data: { transaction_id: transactionId },
      },
    }),
  });
  const body = (await response.json()) as { response_code: string; token: string; response_text: string };
  expect(body.response_code).toBe("00");
  return { token: body.token, url: body.response_text, landing };
}

async function statusOf(token: string) {
  const response = await fetch(`${sim.baseUrl}redirect/checkout-invoice/confirm/?invoiceToken=${token}`, {
    headers: { Apikey: "sim-api-key", Authorization: "Bearer sim-auth-token" },
  });
  return (await response.json()) as { status: string; operator_name: string; customer: string | null };
}

test("pays with Orange Money (number + OTP) and lands on the return URL", async ({ page }) => {
  const { token, url, landing } = await createInvoice("ORD-E2E-1");
  await page.goto(url);

  await expect(page.getByText("Simulateur LigdiCash")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Boutique Wend-Panga" })).toBeVisible();
  await expect(page.getByTestId("total")).toHaveText(/^12\s500\sFCFA$/);
  await page.screenshot({ path: path.join(SCREENSHOTS, "simulator-checkout.png"), fullPage: true });

  const orange = page.getByRole("region", { name: "Orange Money" });
  await orange.getByLabel("Numéro Orange Money").fill("76 00 00 01");
  await orange.getByLabel("Code de paiement (OTP)").fill("000000");
  await orange.getByRole("button", { name: /^Payer/ }).click();
  await expect(page.getByRole("alert")).toContainText("Code OTP incorrect");
  await page.screenshot({ path: path.join(SCREENSHOTS, "simulator-checkout-error.png"), fullPage: true });
  expect((await statusOf(token)).status).toBe("pending");

  const retry = page.getByRole("region", { name: "Orange Money" });
  await expect(retry.getByLabel("Numéro Orange Money")).toHaveValue("76 00 00 01");
  await retry.getByLabel("Code de paiement (OTP)").fill("482913");
  await retry.getByRole("button", { name: /^Payer/ }).click();
  await page.waitForURL(landing("return"));

  expect(await statusOf(token)).toMatchObject({
    status: "completed",
    operator_name: "ORANGE BURKINA",
    customer: "22676000001",
  });
  const callbacks = await receiver.waitFor(2);
  expect(callbacks.map((request) => request.contentType)).toEqual([
    "application/json",
    "application/x-www-form-urlencoded",
  ]);
  const form = new URLSearchParams(callbacks[1]?.body);
  expect(form.get("status")).toBe("completed");
  expect(JSON.parse(form.get("custom_data") ?? "[]")).toContainEqual(
    expect.objectContaining({ keyof_customdata: "transaction_id", valueof_customdata: "ORD-E2E-1" }),
  );

  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Cette facture a été payée" })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, "simulator-checkout-paid.png"), fullPage: true });
});

test("pays with Moov Money after approving on the phone", async ({ page }) => {
  const { token, url, landing } = await createInvoice("ORD-E2E-2");
  await page.goto(url);
  const moov = page.getByRole("region", { name: "Moov Money" });
  await moov.getByLabel("Numéro Moov Money").fill("70000002");
  await moov.getByRole("button", { name: "Payer avec Moov Money" }).click();
  await expect(page.getByRole("heading", { name: "Validez sur votre téléphone" })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, "simulator-checkout-moov.png"), fullPage: true });
  await page.getByRole("button", { name: "J'ai validé sur mon téléphone" }).click();
  await page.waitForURL(landing("return"));
  expect((await statusOf(token)).status).toBe("completed");
  await receiver.waitFor(2);
});

test("cancels and lands on the cancel URL", async ({ page }) => {
  const { token, url, landing } = await createInvoice("ORD-E2E-3");
  await page.goto(url);
  await page.getByRole("button", { name: /Annuler le paiement/ }).click();
  await page.waitForURL(landing("cancel"));
  expect((await statusOf(token)).status).toBe("notcompleted");
  const callbacks = await receiver.waitFor(2);
  expect(
    callbacks.map(
      (request) => JSON.parse(request.contentType === "application/json" ? request.body : "{}") as unknown,
    )[0],
  ).toMatchObject({
    status: "notcompleted",
  });
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Ce paiement a été annulé" })).toBeVisible();
  await page.screenshot({ path: path.join(SCREENSHOTS, "simulator-checkout-cancelled.png"), fullPage: true });
});
