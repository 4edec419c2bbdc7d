import { type APIRequestContext, expect } from "@playwright/test";
import { E2E_ORIGIN, E2E_SIMULATOR_ORIGIN } from "./e2e-env";
import { query } from "./staff";

// Customer journeys' common steps, through the real API and the simulator's test controls. The
// request context must belong to a signed-in staff member allowed to create invoices and refunds.

type Invoice = { id: string; publicId: string };

/** A hosted invoice of 12 500 FCFA; `customerPhone` pre-selects the customer's number. */
export async function createHostedInvoice(
  request: APIRequestContext,
  extra: { customerPhone?: string } = {},
): Promise<Invoice> {
  const response = await request.post("/api/invoices", {
    headers: { Origin: E2E_ORIGIN },
    data: {
      idempotencyKey: crypto.randomUUID(),
      channel: "hosted",
      customerFirstname: "Salimata",
      customerLastname: "Ouedraogo",
      customerEmail: "salimata@example.bf",
      merchantReference: "FAC-2026-0312",
      items: [{ name: "Pagne tissé Faso Dan Fani", quantity: 2, unitPrice: 6_250 }],
      description: "Commande de pagnes",
      ...extra,
    },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { invoice: Invoice }).invoice;
}

/** Settles a transaction (an invoice or a payout, by our id) at the simulator; its callback reaches Caisse. */
export async function settleAtSimulator(
  request: APIRequestContext,
  transactionId: string,
  data: { status: "completed" | "notcompleted"; operator?: string; phone?: string },
) {
  const settled = await request.post(`${E2E_SIMULATOR_ORIGIN}/_sim/settle`, {
    data: { transaction_id: transactionId, ...data },
  });
  expect(settled.ok()).toBe(true);
}

export async function waitForStatus(table: "invoices" | "payouts", id: string, status: string) {
  await expect
    .poll(
      async () =>
        (await query<{ status: string }>(`SELECT status::text FROM ${table} WHERE id = $1`, [id]))[0]?.status,
      { timeout: 20_000 },
    )
    .toBe(status);
}

/** A paid invoice (Orange Money, 76 00 00 01) and its receipt's public id. */
export async function paidInvoiceWithReceipt(request: APIRequestContext) {
  const invoice = await createHostedInvoice(request);
  await settleAtSimulator(request, invoice.id, {
    status: "completed",
    operator: "orange_bf",
    phone: "22676000001",
  });
  await waitForStatus("invoices", invoice.id, "completed");
  // The receipt is made the first time the paid link is seen.
  expect((await request.get(`/pay/${invoice.publicId}`)).ok()).toBe(true);
  const [receipt] = await query<{ public_id: string }>(
    `SELECT public_id FROM payment_receipts WHERE invoice_id = $1`,
    [invoice.id],
  );
  return { ...invoice, receiptId: receipt?.public_id ?? "" };
}

/** Refunds `amount` to the number that paid, by mobile money; answers the payout's id once LigdiCash holds it. */
export async function refundToPayer(request: APIRequestContext, invoiceId: string, amount: number) {
  const response = await request.post("/api/payouts", {
    headers: { Origin: E2E_ORIGIN },
    data: {
      idempotencyKey: crypto.randomUUID(),
      invoiceId,
      purpose: "refund",
      amount,
      reason: "Article en rupture de stock",
      destination: "mobile_money",
      recipient: { source: "verified_payer" },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  const payoutId = ((await response.json()) as { payout: { id: string } }).payout.id;
  await waitForStatus("payouts", payoutId, "pending");
  return payoutId;
}
