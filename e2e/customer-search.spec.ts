import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { createStaff, query, signIn, type StaffCredentials } from "./support/staff";

// A customer calls: staff find her without typing the accents of her name, by her phone number
// however she dictates it, and by the invoice number on her receipt — in the invoice list and in
// the transactions. The list counts what it found and narrows to today in one tap.

type Customer = {
  firstname: string;
  phone: string;
  national: string;
  invoiceId: string;
  number: string;
  refundNumber: string;
};

async function seedCustomer(staff: StaffCredentials): Promise<Customer> {
  const tag = randomBytes(4).toString("hex");
  // A name and a number of her own on each run: the e2e database keeps earlier runs' rows.
  const firstname = `Rasmata${tag}`;
  const national = `76${String(randomBytes(3).readUIntBE(0, 3) % 1_000_000).padStart(6, "0")}`;
  const invoiceId = `e2ecs${tag}inv`;
  const [invoice] = await query<{ number: string }>(
    `INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description, customer_firstname,
       customer_lastname, customer_email, customer_phone, operator, created_by_id, settled_at, updated_at)
     VALUES ($1, $2, $3, 'hosted', 'completed', 15000, 'Pagne wax', $4, 'Ouédraogo', $5, $6, 'orange_bf', $7, now(), now())
     RETURNING number`,
    [
      invoiceId,
      `${invoiceId}pub`,
      `${invoiceId}key`,
      firstname,
      `${firstname.toLowerCase()}@example.bf`,
      `226${national}`,
      staff.id,
    ],
  );
  const [refund] = await query<{ number: string }>(
    `INSERT INTO payouts (id, idempotency_key, purpose, destination, status, amount, reason, recipient_phone, recipient_source,
       operator, invoice_id, requested_by_id, updated_at)
     VALUES ($1, $2, 'refund', 'mobile_money', 'completed', 5000, 'Taille trop petite', $3, 'verified_payer', 'orange_bf', $4, $5, now())
     RETURNING number`,
    [`e2ecs${tag}ref`, `e2ecs${tag}refkey`, `226${national}`, invoiceId, staff.id],
  );
  return {
    firstname,
    phone: `226${national}`,
    national,
    invoiceId,
    number: invoice!.number,
    refundNumber: refund!.number,
  };
}

/** The invoice list searched through its own box, as a person types. */
async function searchInvoices(page: Page, text: string) {
  await page.getByRole("searchbox", { name: "Rechercher" }).fill(text);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL(/[?&]q=/);
}

test("a customer is found without accents, by phone however typed, and by her invoice number", async ({
  page,
}) => {
  const manager = await createStaff("manager", "Mariam Manager");
  const customer = await seedCustomer(manager);
  const spaced = customer.national.replace(/(\d{2})(?=\d)/g, "$1 ");
  await signIn(page, manager);

  await page.goto("/invoices");
  const rows = page.getByTestId("invoice-row");
  const count = page.getByTestId("invoice-count");
  for (const text of [
    `${customer.firstname.toLowerCase()} ouedraogo`,
    `${customer.firstname.toUpperCase()} OUEDRAOGO`,
    spaced,
    `+226 ${customer.national}`,
    customer.phone,
    customer.national,
    customer.number,
  ]) {
    await searchInvoices(page, text);
    await expect(rows, text).toHaveCount(1);
    await expect(rows.getByTestId("invoice-number")).toHaveText(customer.number);
    await expect(count).toHaveText("1 facture");
  }
  // The search survives the date presets, and her invoice of today is in "Aujourd'hui".
  await page.getByRole("link", { name: "Aujourd'hui" }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByRole("link", { name: "Aujourd'hui" })).toHaveAttribute("aria-current", "true");
  await expect(rows).toHaveCount(1);
  await expect(count).toHaveText("1 facture");
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/screenshots/invoice-search-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });

  // Nothing matches: the count says so in words.
  await searchInvoices(page, `${customer.firstname}-absente`);
  await expect(rows).toHaveCount(0);
  await expect(count).toHaveText("Aucune facture");

  // The invoice's own page carries its number.
  await page.goto(`/invoices/${customer.invoiceId}`);
  await expect(page.getByTestId("invoice-number")).toHaveText(customer.number);

  // In the transactions: her payin and the refund made to her, by name, phone or number.
  for (const text of [
    `${customer.firstname} ouedraogo`,
    spaced,
    `+226${customer.national}`,
    customer.number,
  ]) {
    await page.goto("/transactions");
    await page.getByRole("searchbox", { name: "Recherche" }).fill(text);
    await page.getByRole("button", { name: "Filtrer" }).click();
    const numbers = page.getByTestId("transactions-table").getByTestId("transaction-number");
    await expect(numbers, text).toHaveCount(2);
    await expect(numbers).toContainText([customer.refundNumber, customer.number]);
    await expect(page.getByTestId("result-count")).toHaveText("2 transactions");
  }
  await page.goto(`/transactions?q=${encodeURIComponent(customer.refundNumber)}`);
  await expect(page.getByTestId("transaction-number")).toHaveText([customer.refundNumber]);
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({
      path: `test-results/screenshots/transactions-search-${width}.png`,
      fullPage: true,
    });
  }
});
