import path from "node:path";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { request as playwrightRequest, expect, test } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { createHostedInvoice, settleAtSimulator, waitForStatus } from "./support/customer-invoice";
import { E2E_ORIGIN } from "./support/e2e-env";
import { createStaff, signIn, signInApi } from "./support/staff";

// A shop's server, on this machine, receives exactly one signed message when its customer pays,
// verifies it with the secret the console showed once, and can have it sent again.

const SCREENS = path.join(__dirname, "..", "test-results", "screens");

test("an admin adds a webhook address; a verified payment reaches it once, signed; Renvoyer sends it again", async ({
  page,
}) => {
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  const shop = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      response.writeHead(200).end("ok");
    });
  });
  await new Promise<void>((resolve) => shop.listen(0, "127.0.0.1", resolve));
  const shopUrl = `http://127.0.0.1:${(shop.address() as AddressInfo).port}/caisse`;

  const admin = await createStaff("admin", "Aminata Admin");
  await signIn(page, admin);
  await page.goto("/webhooks");
  await page.getByLabel("Adresse (URL)").fill(shopUrl);
  await page.getByRole("button", { name: "Ajouter l'adresse" }).click();
  // A local address is refused until the admin says the shop really is on this machine.
  await expect(page.getByText("Cette adresse mène à ce serveur ou à un réseau privé")).toBeVisible();
  await page.getByLabel("Autoriser une adresse locale ou privée").check();
  await page.getByRole("button", { name: "Ajouter l'adresse" }).click();
  const secret = (await page.getByTestId("webhook-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^whsec_/);

  const api = await playwrightRequest.newContext({ baseURL: E2E_ORIGIN });
  await signInApi(api, admin);
  const invoice = await createHostedInvoice(api);
  await settleAtSimulator(api, invoice.id, { status: "completed" });
  await waitForStatus("invoices", invoice.id, "completed");

  await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);
  const [message] = received;
  const event = new Webhook(secret).verify(message!.body, message!.headers as Record<string, string>) as {
    type: string;
    data: { id: string; amount: number; status: string };
  };
  expect(event).toMatchObject({
    type: "invoice.paid",
    data: { id: invoice.id, amount: 12_500, status: "paid" },
  });

  await page.reload();
  // Other journeys' addresses may be told of their payments too: this shop's delivery only.
  const delivery = page
    .getByTestId("webhook-delivery")
    .filter({ hasText: shopUrl })
    .filter({ hasText: "Facture payée" });
  await expect(delivery).toContainText("Reçu");
  await expect(delivery).toContainText("réponse 200");
  await page.screenshot({ path: path.join(SCREENS, "webhooks-delivered-1440-fr.png"), fullPage: true });
  await delivery.getByRole("button", { name: "Renvoyer" }).click();
  await expect.poll(() => received.length, { timeout: 30_000 }).toBe(2);
  expect(received[1]!.headers["webhook-id"]).toBe(message!.headers["webhook-id"]);
  // Still one event for one payment, whatever the copies of LigdiCash's callback.
  expect(new Set(received.map((r) => r.headers["webhook-id"])).size).toBe(1);

  await api.dispose();
  await new Promise<void>((resolve) => shop.close(() => resolve()));
});
