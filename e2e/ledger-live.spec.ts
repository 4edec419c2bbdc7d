import path from "node:path";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { E2E_ORIGIN, E2E_SIMULATOR_ORIGIN } from "./support/e2e-env";
import { createStaff, query, signIn } from "./support/staff";

// The ledger page, open in one browser context, moves by itself (no reload) when a customer pays
// in another: checkout page at the simulator → double callback to Caisse → status verified with
// LigdiCash → ledger posted → NOTIFY → Server-Sent Events → the page refetches.

const SCREENSHOTS = path.join(__dirname, "..", "test-results", "screenshots");
const AMOUNT = 4_350;

/** An invoice as the invoice flow leaves it: stored, handed to LigdiCash (the simulator), token kept. */
async function sentInvoice(createdById: string) {
  const id = `e2e${randomBytes(10).toString("hex")}`;
  await query(
    `INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description, customer_firstname, customer_lastname, customer_email, created_by_id, updated_at)
     VALUES ($1, $2, $3, 'hosted', 'sending', $4, 'Tissu Faso Dan Fani', 'Awa', 'Ouedraogo', 'awa@example.org', $5, now())`,
    [id, randomBytes(12).toString("hex"), id, AMOUNT, createdById],
  );
  const response = await fetch(`${E2E_SIMULATOR_ORIGIN}/pay/v01/redirect/checkout-invoice/create`, {
    method: "POST",
    headers: {
      Apikey: "sim-api-key",
      Authorization: "Bearer sim-auth-token",
      "Content-Type": "application/json",
      Accept: "application/json",
    },
    body: JSON.stringify({
      commande: {
        invoice: {
          items: [],
          total_amount: AMOUNT,
          devise: "XOF",
          description: "Tissu Faso Dan Fani",
          customer: "",
          customer_firstname: "Awa",
          customer_lastname: "Ouedraogo",
          customer_email: "awa@example.org",
          external_id: "",
          otp: "",
        },
        store: { name: "Boutique Wend-Panga", website_url: E2E_ORIGIN },
        actions: { return_url: "", cancel_url: "", callback_url: `${E2E_ORIGIN}/api/ligdicash/callback` },
        custom_data: { transaction_id: id },
      },
    }),
  });
  const created = (await response.json()) as { response_code: string; token: string; response_text: string };
  expect(created.response_code).toBe("00");
  await query(
    `UPDATE invoices SET status = 'pending', gateway_token = $2, payment_url = $3, sent_at = now() WHERE id = $1`,
    [id, created.token, created.response_text],
  );
  return { id, paymentUrl: created.response_text };
}

test("the ledger page updates without a reload when a customer pays elsewhere", async ({ page, browser }) => {
  const staff = await createStaff("finance");
  await signIn(page, staff);
  await page.goto("/ledger");
  await expect(page.getByRole("heading", { name: "Grand livre" })).toBeVisible();
  await expect(page.getByTestId("live-mode")).toHaveAttribute("data-mode", "live");
  const before = await page
    .getByTestId("ledger-balance-orange_bf")
    .textContent()
    .catch(() => null);
  // A marker that a reload would wipe.
  await page.evaluate(() => ((window as unknown as { __noReload: boolean }).__noReload = true));

  const invoice = await sentInvoice(staff.id);
  const customer = await browser.newContext({ locale: "fr-FR" });
  const pay = await customer.newPage();
  await pay.goto(invoice.paymentUrl);
  const orange = pay.getByRole("region", { name: "Orange Money" });
  await orange.getByLabel("Numéro Orange Money").fill("76 00 00 01");
  await orange.getByLabel("Code de paiement (OTP)").fill("482913");
  await orange.getByRole("button", { name: /^Payer/ }).click();
  await expect(pay.getByRole("heading", { name: "Cette facture a été payée" })).toBeVisible();
  await customer.close();

  // Posting keys are technical details now: the journal is found by its link to the invoice.
  const journal = page.locator(`[data-testid="ledger-journal"]`, {
    has: page.locator(`a[href="/invoices/${invoice.id}"]`),
  });
  await expect(journal).toBeVisible({ timeout: 5_000 });
  await expect(journal).toContainText("+4\u202f350\u00a0FCFA");
  await expect(page.getByTestId("ledger-balance-orange_bf")).not.toHaveText(before ?? "");
  expect(await page.evaluate(() => (window as unknown as { __noReload?: boolean }).__noReload)).toBe(true);

  const [row] = await query<{ status: string }>(`SELECT status FROM invoices WHERE id = $1`, [invoice.id]);
  expect(row?.status).toBe("completed");
  const deliveries = await query<{ outcome: string }>(
    `SELECT outcome FROM callback_deliveries WHERE claimed_transaction_id = $1 ORDER BY outcome`,
    [invoice.id],
  );
  expect(deliveries.map((d) => d.outcome)).toEqual(["applied", "duplicate"]);
  await page.screenshot({ path: path.join(SCREENSHOTS, "ledger-live.png"), fullPage: true });
});

test("a forged callback is flagged beside the verified truth, and can be re-verified", async ({ page }) => {
  const manager = await createStaff("manager");
  const invoice = await sentInvoice(manager.id);
  // The simulator forges a "completed" callback while the payment is still pending at LigdiCash.
  const forged = await fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/callbacks/send`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ transaction_id: invoice.id, status: "completed" }),
  });
  expect(forged.status).toBe(200);
  await signIn(page, manager);
  await page.goto(`/callbacks?transaction=${invoice.id}`);
  await expect(page.getByRole("heading", { name: "Notifications LigdiCash" })).toBeVisible();
  await expect(page.getByTestId("callback-delivery")).toHaveCount(2);
  const first = page.getByTestId("callback-delivery").first();
  await expect(first).toContainText("Signalée");
  await expect(first.getByTestId("flag-reason")).toContainText("contredit");
  await expect(page.getByText("Copie en double")).toHaveCount(1);
  // Each delivery is two lines; the claim, the answer and the re-check are folded under "Détails".
  await first.getByText("Détails", { exact: true }).click();
  await first.getByRole("button", { name: "Revérifier maintenant" }).click();
  await expect
    .poll(async () =>
      Number(
        (
          await query<{ n: string }>(
            `SELECT count(*) AS n FROM audit_log WHERE action = 'callback.reverified' AND actor_id = $1`,
            [manager.id],
          )
        )[0]?.n,
      ),
    )
    .toBe(1);
  await expect(first).toContainText("Signalée");
  const [row] = await query<{ status: string }>(`SELECT status FROM invoices WHERE id = $1`, [invoice.id]);
  expect(row?.status).toBe("pending");
  await first.getByText("Corps brut reçu").click();
  await page.screenshot({ path: path.join(SCREENSHOTS, "callbacks.png"), fullPage: true });
});

test("the ledger lists the oldest operations waiting on LigdiCash, and all of them on demand", async ({
  page,
}) => {
  const finance = await createStaff("finance");
  const tag = `Attente ${randomBytes(3).toString("hex")}`;
  // Nine invoices sent in 2020 and never settled: older than anything else in the journeys'
  // database. Their next status check is far off, so reconciliation leaves them waiting.
  for (let i = 0; i < 9; i += 1) {
    const id = `e2e${randomBytes(10).toString("hex")}`;
    await query(
      `INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description, customer_firstname, customer_lastname, customer_email, created_by_id, sent_at, next_check_at, updated_at)
       VALUES ($1, $2, $1, 'hosted', 'pending', 1000, $3, 'Awa', 'Ouedraogo', 'awa@example.org', $4, $5, now() + interval '1 day', now())`,
      [
        id,
        randomBytes(12).toString("hex"),
        `${tag} n°${i + 1}`,
        finance.id,
        new Date(Date.UTC(2020, 0, 1 + i)),
      ],
    );
  }
  await signIn(page, finance);
  await page.goto("/ledger");
  const list = page.getByTestId("pending-list").getByRole("listitem");
  await expect(list).toHaveCount(8);
  await expect(list.first()).toContainText(`${tag} n°1`);
  await expect(page.getByText(`${tag} n°9`)).toHaveCount(0);

  await page.getByTestId("pending-all").click();
  await expect(page).toHaveURL(/[?&]pending=all/);
  await expect(page.getByText(`${tag} n°9`)).toBeVisible();
  await expect(page.getByTestId("pending-list").getByRole("listitem").filter({ hasText: tag })).toHaveCount(
    9,
  );

  await page.getByTestId("pending-oldest").click();
  await expect(page.getByTestId("pending-list").getByRole("listitem")).toHaveCount(8);
});
