import path from "node:path";
import { type Browser, type Page, expect, test } from "@playwright/test";
import { PDFParse } from "pdf-parse";
import { E2E_ORIGIN } from "./support/e2e-env";
import { paymentStatus, payWithOrange } from "./support/pay-page";
import { createStaff, query, signInApi } from "./support/staff";

// The customer is never left at a dead end: a cancel on LigdiCash's page offers "Réessayer" (a
// new LigdiCash invoice for the same link), and the return page opened before paying offers the
// pay button. Whatever the path, the ledger posts the verified payment once.

const SCREENSHOTS = path.join(__dirname, "..", "test-results", "screenshots");
const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

async function customerPage(browser: Browser) {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: "fr-FR",
  });
  return context.newPage();
}

async function createInvoice(page: Page) {
  await signInApi(page.request, await createStaff("finance"));
  const response = await page.request.post("/api/invoices", {
    headers: { Origin: E2E_ORIGIN },
    data: {
      idempotencyKey: crypto.randomUUID(),
      channel: "hosted",
      customerFirstname: "Mariam",
      customerLastname: "Sawadogo",
      customerEmail: "mariam@example.bf",
      merchantReference: "CMD-0117",
      items: [{ name: "Pagne tissé Faso Dan Fani", quantity: 2, unitPrice: 6_250 }],
      description: "Commande de pagnes",
    },
  });
  expect(response.status()).toBe(201);
  const { invoice } = (await response.json()) as { invoice: { id: string; publicId: string } };
  const [row] = await query<{ number: string }>(`SELECT number FROM invoices WHERE id = $1`, [invoice.id]);
  return { ...invoice, number: row?.number ?? "", payUrl: `${E2E_ORIGIN}/pay/${invoice.publicId}` };
}

// Two hosted-page round trips each: slow on a loaded machine, never stuck.
test.setTimeout(180_000);

const postings = async (invoiceId: string) =>
  (
    await query<{ n: number }>(`SELECT count(*)::int AS n FROM ledger_journals WHERE invoice_id = $1`, [
      invoiceId,
    ])
  )[0]?.n;

test("cancel on LigdiCash's page → Réessayer → pay: the link is paid once, one ledger posting", async ({
  page,
  browser,
}) => {
  const invoice = await createInvoice(page);
  const customer = await customerPage(browser);
  await customer.goto(invoice.payUrl);
  await expect(customer.getByTestId("pay-reference")).toHaveText(`Facture n° ${invoice.number}`);
  await expect(customer.getByTestId("pay-customer")).toHaveText("Pour Mariam S.");
  await customer.getByTestId("pay-button").click();
  await customer.getByRole("button", { name: "Annuler le paiement et retourner à la boutique" }).click();
  await customer.waitForURL(/\/cancel$/);
  await expect(customer.getByRole("heading", { name: "Paiement annulé" })).toBeVisible();
  await expect(paymentStatus(customer)).toHaveAttribute("data-state", "notcompleted", {
    timeout: 15_000,
  });
  await shot(customer, "pay-cancel-retry");

  await customer.getByTestId("pay-retry").click();
  await customer.waitForURL(invoice.payUrl);
  await customer.getByTestId("pay-button").click();
  await payWithOrange(customer);
  await expect(customer.getByRole("heading", { name: "Paiement reçu" })).toBeVisible();
  await shot(customer, "pay-return-paid-after-retry");

  // The verified receipt: amount and reference on the page and in the PDF's text.
  await customer.getByTestId("receipt-link").click();
  await customer.waitForURL(/\/pay\/receipt\/[A-Za-z0-9_-]{32}$/);
  await expect(customer.getByTestId("receipt-verified")).toHaveText("Paiement vérifié auprès de LigdiCash");
  await expect(customer.getByTestId("receipt-amount")).toHaveText(/^12\s500\sFCFA$/);
  await expect(customer.getByTestId("receipt-facts")).toContainText(invoice.number);
  await shot(customer, "pay-receipt");
  const download = await customer.request.get(`${customer.url()}/pdf`);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  const parser = new PDFParse({ data: new Uint8Array(await download.body()) });
  const pdfText = (await parser.getText()).text.replace(/\s+/g, " ");
  await parser.destroy();
  expect(pdfText).toContain("12 500 FCFA");
  expect(pdfText).toContain(invoice.number);
  expect(invoice.number).toMatch(/^FAC-\d{4}-\d{6}$/);
  expect(pdfText).toContain("Paiement vérifié auprès de LigdiCash");

  // The paid link is never payable again: no pay button, no retry, even by a direct POST.
  await customer.goto(invoice.payUrl);
  await expect(paymentStatus(customer)).toHaveAttribute("data-state", "paid");
  await expect(customer.getByTestId("pay-button")).toHaveCount(0);
  await expect(customer.getByTestId("pay-retry")).toHaveCount(0);
  const replay = await customer.request.post(`${invoice.payUrl}/retry`, { maxRedirects: 0 });
  expect(replay.status()).toBe(303);
  await customer.context().close();

  expect(await postings(invoice.id)).toBe(1);
  const attempts = await query<{ number: number; outcome: string | null }>(
    `SELECT number, outcome FROM payment_attempts WHERE invoice_id = $1 ORDER BY number`,
    [invoice.id],
  );
  expect(attempts).toEqual([
    { number: 1, outcome: "notcompleted" },
    { number: 2, outcome: null },
  ]);
  await page.goto(`/invoices/${invoice.id}`);
  await expect(page.getByTestId("invoice-status")).toHaveAttribute("data-status", "completed");
  await expect(page.getByTestId("receipt-url")).toHaveValue(
    new RegExp(`^${E2E_ORIGIN}/pay/receipt/[A-Za-z0-9_-]{32}$`),
  );
});

test("the return page opened before paying offers the pay button, and paying from it works", async ({
  page,
  browser,
}) => {
  const invoice = await createInvoice(page);
  const customer = await customerPage(browser);
  await customer.goto(`${invoice.payUrl}/return`);
  await expect(paymentStatus(customer)).toHaveAttribute("data-state", "payable");
  await expect(customer.getByRole("heading", { name: "Paiement en attente" })).toBeVisible();
  await expect(customer.getByText("Ne payez pas une seconde fois")).toHaveCount(0);
  await shot(customer, "pay-return-before-paying");
  await customer.getByTestId("pay-button").click();
  await payWithOrange(customer);
  await customer.context().close();
  expect(await postings(invoice.id)).toBe(1);
});
