import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { chooseAnyOperator, openCheckout } from "./choose-any-operator";
import { createInvoice } from "./create-invoice";
import { findPublicInvoice } from "./public-invoice";
import { invoiceInputSchema } from "./schemas";

// A hosted invoice made with the customer's number narrows LigdiCash's page to that number's
// operator (`invoice.customer`, docs/ligdicash-contract.md §4.1); the customer may swap it for a page offering every
// operator only while the narrowed page was never opened, once whatever the clicks.

const { db } = withTestDb(20);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let actor: { id: string; email: string };
const schema = invoiceInputSchema({ minAmount: 20, maxAmount: 1_000_000 }, (key) => key);
const deps = () => ({ db: db(), gateway, publicUrl: "https://caisse.example.bf" });

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  gateway = createSimulatorClient(sim.baseUrl);
  const user = await db().user.create({
    data: { email: "operator@test.bf", name: "Awa", role: "finance", passwordHash: "x" },
  });
  actor = { id: user.id, email: user.email };
});
afterAll(() => sim.close());

async function hostedInvoice(customerPhone?: string) {
  const input = schema.parse({
    idempotencyKey: crypto.randomUUID(),
    channel: "hosted",
    customerFirstname: "Issa",
    customerLastname: "Kabore",
    customerEmail: "issa@example.bf",
    customerPhone,
    items: [{ name: "Sac de riz 25 kg", quantity: 1, unitPrice: 9_000 }],
    description: "Commande",
  });
  const created = await createInvoice({ ...deps(), actor }, input);
  return db().invoice.findUniqueOrThrow({ where: { id: created.id } });
}

/** `invoice.customer` of each LigdiCash invoice made for our transaction ids starting with `id`. */
const customersSent = (id: string) =>
  sim.controls
    .requests({ endpoint: "E1" })
    .map(
      (r) => r.body as { commande: { invoice: { customer: string }; custom_data: Record<string, string> } },
    )
    .filter((b) => b.commande.custom_data.transaction_id?.startsWith(id))
    .map((b) => b.commande.invoice.customer);

describe("the customer's pre-selected operator", () => {
  it("narrows LigdiCash's page to the number, and the pay page names the operator", async () => {
    const invoice = await hostedInvoice("76 00 00 01");
    expect(invoice.checkoutPhone).toBe("22676000001");
    expect(customersSent(invoice.id)).toEqual(["22676000001"]);
    const view = (await findPublicInvoice(db(), invoice.publicId))?.view;
    expect(view?.checkout).toEqual({ name: "Orange Money", phone: "76 •• •• 01", canChange: true });
  });

  it("without a number, or with one LigdiCash cannot serve, offers every operator", async () => {
    const none = await hostedInvoice();
    const telecel = await hostedInvoice("78 00 00 01");
    expect(customersSent(none.id)).toEqual([""]);
    expect(customersSent(telecel.id)).toEqual([""]);
    expect(telecel.customerPhone).toBe("22678000001");
    expect((await findPublicInvoice(db(), telecel.publicId))?.view.checkout).toBeNull();
  });

  it("another operator: one new page offering every operator, whatever the concurrent clicks", async () => {
    const invoice = await hostedInvoice("70 00 00 01");
    const results = await Promise.all(
      Array.from({ length: 6 }, () => chooseAnyOperator(deps(), { publicId: invoice.publicId })),
    );
    expect(results.filter((r) => r.kind === "changed")).toHaveLength(1);
    expect(customersSent(invoice.id)).toEqual(["22670000001", ""]);
    const after = await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(after).toMatchObject({ status: "pending", checkoutPhone: null });
    expect(after.gatewayToken).not.toBe(invoice.gatewayToken);
    const attempts = await db().paymentAttempt.findMany({
      where: { invoiceId: invoice.id },
      orderBy: { number: "asc" },
    });
    expect(attempts.map((a) => [a.number, a.outcome, a.gatewayToken])).toEqual([
      [1, "replaced", invoice.gatewayToken],
      [2, null, null],
    ]);
    expect((await findPublicInvoice(db(), invoice.publicId))?.view).toMatchObject({
      state: "payable",
      checkout: null,
    });
  });

  it("once LigdiCash's page was opened (it may be paid there), the operator is no longer replaced", async () => {
    const invoice = await hostedInvoice("76 00 00 02");
    expect(await openCheckout(db(), invoice.publicId)).toBe(invoice.paymentUrl);
    expect(await chooseAnyOperator(deps(), { publicId: invoice.publicId })).toEqual({ kind: "opened" });
    expect(customersSent(invoice.id)).toHaveLength(1);
    expect((await findPublicInvoice(db(), invoice.publicId))?.view.checkout?.canChange).toBe(false);
  });

  it("opening and replacing at the same moment: never both", async () => {
    const invoice = await hostedInvoice("76 00 00 03");
    const [opened, changed] = await Promise.all([
      openCheckout(db(), invoice.publicId),
      chooseAnyOperator(deps(), { publicId: invoice.publicId }),
    ]);
    // Either the narrowed page was opened first (no replacement) or replaced first (then the
    // customer is sent back to our page, which offers the new one).
    if (changed.kind === "changed") expect(opened).toBeNull();
    else expect(opened).toBe(invoice.paymentUrl);
  });
});
