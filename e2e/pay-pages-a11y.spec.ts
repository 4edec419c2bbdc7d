import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type Page, expect, test } from "@playwright/test";
import { E2E_ORIGIN, E2E_SIMULATOR_ORIGIN } from "./support/e2e-env";
import { createHostedInvoice, paidInvoiceWithReceipt, refundToPayer } from "./support/customer-invoice";
import { paymentStatus } from "./support/pay-page";
import { createStaff, query, signInApi } from "./support/staff";

// Every customer page on the smallest phones people here use (320 px): no sideways scrolling,
// no serious or critical accessibility fault, the status readable without JavaScript. Screenshots
// at 320 px, 390 px (a common Android) and 1440 px (a desktop) for a person to look at.

const SCREENSHOTS = path.join(__dirname, "..", "test-results", "screenshots");
test.setTimeout(240_000);

/** A hosted invoice of 8 500 FCFA; `overrides` replace any of its fields. */
async function createInvoice(page: Page, overrides: Record<string, unknown> = {}) {
  const response = await page.request.post("/api/invoices", {
    headers: { Origin: E2E_ORIGIN },
    data: {
      idempotencyKey: crypto.randomUUID(),
      channel: "hosted",
      customerFirstname: "Aminata",
      customerLastname: "Compaoré",
      customerEmail: "aminata@example.bf",
      merchantReference: "FAC-2026-0240",
      items: [
        {
          name: "Beurre de karité artisanal, pot de 500 g (Koudougou)",
          description: "Coopérative des femmes de Réo",
          quantity: 3,
          unitPrice: 2_500,
        },
        { name: "Livraison à domicile, Ouaga 2000", quantity: 1, unitPrice: 1_000 },
      ],
      description: "Commande n° 240 — karité et livraison",
      ...overrides,
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { invoice: { id: string; publicId: string } }).invoice;
}

/** Settles at the simulator; its callback reaches Caisse, which verifies it. */
async function settle(page: Page, id: string, status: "completed" | "notcompleted") {
  const settled = await page.request.post(`${E2E_SIMULATOR_ORIGIN}/_sim/settle`, {
    data: { transaction_id: id, status, operator: "moov_bf", phone: "22670000002" },
  });
  expect(settled.ok()).toBe(true);
  await expect
    .poll(
      async () =>
        (await query<{ status: string }>(`SELECT status::text FROM invoices WHERE id = $1`, [id]))[0]?.status,
      { timeout: 20_000 },
    )
    .toBe(status);
}

test("customer pages fit 320 px, pass axe, and read their status without JavaScript", async ({
  page,
  browser,
}) => {
  await signInApi(page.request, await createStaff("finance"));
  const open = await createInvoice(page);
  const paid = await createInvoice(page);
  const cancelled = await createInvoice(page);
  await settle(page, paid.id, "completed");
  await settle(page, cancelled.id, "notcompleted");
  const receiptId = (
    await query<{ public_id: string }>(`SELECT public_id FROM payment_receipts WHERE invoice_id = $1`, [
      paid.id,
    ])
  )[0]?.public_id;
  // The receipt is made the first time the paid link is seen.
  const pages: [name: string, url: string, state: string | null][] = [
    ["link", `/pay/${open.publicId}`, null],
    ["return-pending", `/pay/${open.publicId}/return`, "payable"],
    ["cancel-retry", `/pay/${cancelled.publicId}/cancel`, "notcompleted"],
    ["link-paid", `/pay/${paid.publicId}`, "paid"],
    ["not-found", "/pay/aucun-lien-de-ce-nom-123", null],
  ];
  const context = await browser.newContext({
    viewport: { width: 320, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: "fr-FR",
  });
  const phone = await context.newPage();
  for (const [name, url, state] of pages) await checkPage(phone, name, url, state);
  const receipt =
    (
      await query<{ public_id: string }>(`SELECT public_id FROM payment_receipts WHERE invoice_id = $1`, [
        paid.id,
      ])
    )[0]?.public_id ?? receiptId;
  expect(receipt).toMatch(/^[A-Za-z0-9_-]{32}$/);
  await checkPage(phone, "receipt", `/pay/receipt/${receipt}`, null);
  await context.close();

  // The live status's one inline script runs under the page's own CSP nonce; the security headers stay.
  const answer = await page.request.get(`/pay/${open.publicId}/return`);
  const csp = answer.headers()["content-security-policy"] ?? "";
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1];
  expect(nonce).toBeTruthy();
  expect(answer.headers()["x-frame-options"]).toBe("DENY");
  expect(answer.headers()["content-type"]).toBe("text/html; charset=utf-8");
  const scripts = [...(await answer.text()).matchAll(/<script( nonce="([^"]*)")?[^>]*>/g)];
  expect(scripts.map((m) => m[2])).toEqual([nonce]);

  // Without JavaScript the stored, verified state and its actions are all there.
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 320, height: 640 },
    locale: "fr-FR",
  });
  const plain = await noJs.newPage();
  await plain.goto(`/pay/${cancelled.publicId}/cancel`);
  await expect(plain.getByTestId("payment-status").first()).toHaveAttribute("data-state", "notcompleted");
  await expect(plain.getByTestId("pay-retry").first()).toBeVisible();
  await plain.goto(`/pay/${open.publicId}/return`);
  await expect(plain.getByTestId("pay-button").first()).toBeVisible();
  await noJs.close();

  // Screenshots for people: a phone and a desktop.
  await screenshots(browser, [
    ...pages.map(([n, u]) => [n, u] as const),
    ["receipt", `/pay/receipt/${receipt}`] as const,
  ]);
  await page.goto(`/invoices/${open.id}`);
  await expect(page.getByTestId("share-whatsapp")).toHaveAttribute(
    "href",
    /^https:\/\/wa\.me\/\?text=Bonjour%2C%20voici%20votre%20facture%20Boutique%20Wend-Panga%20de%208/,
  );
  await expect(page.getByTestId("share-sms")).toHaveAttribute(
    "href",
    new RegExp(`^sms:\\?&body=.*${encodeURIComponent(`/pay/${open.publicId}`)}$`),
  );
  await page.screenshot({ path: path.join(SCREENSHOTS, "customer-staff-share.png"), fullPage: true });
});

test("the pre-selected operator and the refund status pages fit 320 px, pass axe, read without JavaScript", async ({
  page,
  browser,
}) => {
  await signInApi(page.request, await createStaff("finance"));
  const preselected = await createHostedInvoice(page.request, { customerPhone: "76 00 00 01" });
  const paid = await paidInvoiceWithReceipt(page.request);
  await refundToPayer(page.request, paid.id, 5_000);
  const [link] = await query<{ public_id: string }>(
    `SELECT l.public_id FROM refund_links l JOIN payouts p ON p.id = l.payout_id WHERE p.invoice_id = $1`,
    [paid.id],
  );
  // The link is made the first time the receipt is read.
  const refundId = link?.public_id ?? (await refundIdFromReceipt(page, paid.receiptId));
  const context = await browser.newContext({
    viewport: { width: 320, height: 640 },
    isMobile: true,
    hasTouch: true,
    locale: "fr-FR",
  });
  const phone = await context.newPage();
  await checkPage(phone, "link-operator", `/pay/${preselected.publicId}`, null);
  await checkPage(phone, "receipt-with-refund", `/pay/receipt/${paid.receiptId}`, null);
  await checkPage(phone, "refund", `/pay/refund/${refundId}`, null);
  await context.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
  const plain = await noJs.newPage();
  await plain.goto(`/pay/refund/${refundId}`);
  await expect(plain.getByTestId("refund-status")).toHaveAttribute("data-state", "in_progress");
  await expect(plain.getByTestId("refund-body")).toContainText("est en route vers Orange Money 76 •• •• 01");
  await plain.goto(`/pay/${preselected.publicId}`);
  await expect(plain.getByTestId("pay-operator-change")).toBeVisible();
  await noJs.close();

  // English for whoever chose it (the locale cookie), on the same server-made page.
  const english = await browser.newContext({ viewport: { width: 320, height: 640 } });
  await english.addCookies([{ name: "CAISSE_LOCALE", value: "en", url: E2E_ORIGIN }]);
  const reader = await english.newPage();
  await reader.goto(`/pay/${preselected.publicId}`);
  await expect(reader.locator("html")).toHaveAttribute("lang", "en");
  await expect(reader.getByText("Payment secured by LigdiCash")).toBeVisible();
  await expect(reader.getByTestId("pay-button")).toHaveText(/^Pay 12,500\sFCFA$/);
  await english.close();
  await screenshots(browser, [
    ["link-operator", `/pay/${preselected.publicId}`],
    ["receipt-with-refund", `/pay/receipt/${paid.receiptId}`],
    ["refund", `/pay/refund/${refundId}`],
  ]);
});

/** Each page full length on the smallest phone, a common Android and a desktop, for a person to look at. */
async function screenshots(browser: Browser, pages: (readonly [name: string, url: string])[]) {
  for (const width of [320, 390, 1440]) {
    const shots = await browser.newContext({
      viewport: { width, height: width < 1000 ? 844 : 900 },
      isMobile: width < 1000,
      locale: "fr-FR",
    });
    const view = await shots.newPage();
    for (const [name, url] of pages) {
      await view.goto(url);
      await view.waitForLoadState("networkidle");
      await view.screenshot({
        path: path.join(SCREENSHOTS, `customer-${name}-${width}.png`),
        fullPage: true,
      });
    }
    await shots.close();
  }
}

async function refundIdFromReceipt(page: Page, receiptId: string) {
  await page.goto(`/pay/receipt/${receiptId}`);
  const href = await page.getByTestId("refund-link").first().getAttribute("href");
  return href?.split("/").pop() ?? "";
}

async function checkPage(phone: Page, name: string, url: string, state: string | null) {
  await phone.goto(url);
  await phone.waitForLoadState("networkidle");
  if (state)
    await expect(paymentStatus(phone)).toHaveAttribute("data-state", state, {
      timeout: 15_000,
    });
  const widths = await phone.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  expect(widths.scroll, `${name}: no sideways scrolling at 320 px`).toBeLessThanOrEqual(widths.inner);
  const { violations } = await new AxeBuilder({ page: phone }).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious, `${name}: axe`).toEqual([]);
}

test("what staff typed reaches the customer's page as text, never as markup", async ({ page, browser }) => {
  await signInApi(page.request, await createStaff("finance"));
  const hostile = `"><img src=x onerror="window.pwned=1"><script>window.pwned=2</script>`;
  const { publicId } = await createInvoice(page, {
    items: [{ name: `Article ${hostile}`, description: `Détail ${hostile}`, quantity: 1, unitPrice: 1_000 }],
    description: `Objet ${hostile}`,
  });
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const customer = await context.newPage();
  for (const url of [`/pay/${publicId}`, `/pay/${publicId}/return`]) {
    await customer.goto(url);
    await customer.waitForLoadState("networkidle");
    await expect(customer.getByText(`Article ${hostile}`)).toBeVisible();
    await expect(customer.getByText(`Objet ${hostile}`)).toBeVisible();
    await expect(customer.locator("img")).toHaveCount(0);
    expect(await customer.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  }
  await context.close();
});

test("an open return page follows the payment: pending, then paid with its receipt, without a reload", async ({
  page,
  browser,
}) => {
  await signInApi(page.request, await createStaff("finance"));
  const invoice = await createInvoice(page);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR" });
  const customer = await context.newPage();
  await customer.goto(`/pay/${invoice.publicId}/return`);
  await expect(paymentStatus(customer)).toHaveAttribute("data-state", "payable");
  await settle(page, invoice.id, "completed");
  // The page's script asks the public status, then swaps in the server's new status block.
  await expect(paymentStatus(customer)).toHaveAttribute("data-state", "paid", { timeout: 20_000 });
  await expect(customer.getByRole("heading", { name: "Paiement reçu" })).toBeVisible();
  await expect(customer.getByTestId("receipt-link")).toHaveAttribute(
    "href",
    /^\/pay\/receipt\/[A-Za-z0-9_-]{32}$/,
  );
  await expect(customer.getByTestId("pay-button")).toHaveCount(0);
  await context.close();
});
