import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCallbackEndpoint, type CallbackEndpoint } from "@/test/support/callbacks/callback-endpoint";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { checkInvoiceIfDue } from "./check-invoice";
import { createInvoice } from "./create-invoice";
import { findPublicInvoice } from "./public-invoice";
import { ensureReceipt, findReceipt } from "./receipt";
import { retryPayment } from "./retry-payment";
import { invoiceInputSchema } from "./schemas";

// "Réessayer" on a customer link after a verified cancel: a new LigdiCash invoice per attempt,
// one attempt in flight whatever the clicks, callbacks verified with their own attempt's token,
// one ledger posting per invoice, and a paid link never payable again.

const { db } = withTestDb(20);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let endpoint: CallbackEndpoint;
let actor: { id: string; email: string };
const PUBLIC_URL = "https://caisse.example.bf";
const schema = invoiceInputSchema({ minAmount: 20, maxAmount: 1_000_000 }, (key) => key);
const deps = () => ({ db: db(), gateway, publicUrl: PUBLIC_URL });

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  gateway = createSimulatorClient(sim.baseUrl);
  endpoint = await startCallbackEndpoint(db(), gateway);
  const user = await db().user.create({
    data: { email: "retry@test.bf", name: "Rasmata", role: "manager", passwordHash: "x" },
  });
  actor = { id: user.id, email: user.email };
});
afterAll(async () => {
  await endpoint.close();
  await sim.close();
});
beforeEach(() => sim.controls.setCallbackBehaviour({ mode: "normal" }));

async function sentInvoice(amount = 9_000) {
  const input = schema.parse({
    idempotencyKey: crypto.randomUUID(),
    channel: "hosted",
    customerFirstname: "Issa",
    customerLastname: "Kabore",
    customerEmail: "issa@example.bf",
    items: [{ name: "Sac de riz 25 kg", quantity: 1, unitPrice: amount }],
    description: "Commande",
  });
  const created = await createInvoice({ ...deps(), actor }, input);
  return db().invoice.findUniqueOrThrow({ where: { id: created.id } });
}

const invoiceRow = (id: string) => db().invoice.findUniqueOrThrow({ where: { id } });
const journals = (invoiceId: string) => db().ledgerJournal.count({ where: { invoiceId } });
const creations = () => sim.controls.requests({ endpoint: "E1" }).length;

/** Settles at the simulator, then delivers its two callback copies to the callback endpoint. */
async function settleAndDeliver(token: string, status: "completed" | "notcompleted") {
  sim.controls.setCallbackBehaviour({ mode: "never" });
  sim.controls.settle({ token, status, operator: "orange_bf", phone: "22676000001" });
  await sim.controls.callbacksIdle();
  const copies = sim.controls.callbacks().filter((c) => c.token === token);
  sim.controls.setCallbackBehaviour({ mode: "normal" });
  for (const copy of copies)
    await fetch(endpoint.url, {
      method: "POST",
      body: copy.body,
      headers: { "content-type": copy.contentType },
    });
  await endpoint.idle();
  return copies;
}

/** The customer cancels on LigdiCash's page and Caisse verifies it. */
async function cancelled(amount?: number) {
  const invoice = await sentInvoice(amount);
  await settleAndDeliver(invoice.gatewayToken!, "notcompleted");
  expect((await invoiceRow(invoice.id)).status).toBe("notcompleted");
  return invoice;
}

describe("retryPayment", () => {
  it("cancel → retry → pay: a new LigdiCash invoice, callbacks checked with their own attempt's token, ONE ledger posting", async () => {
    const invoice = await cancelled();
    expect((await findPublicInvoice(db(), invoice.publicId))?.view).toMatchObject({
      state: "notcompleted",
      canRetry: true,
    });

    const result = await retryPayment(deps(), { publicId: invoice.publicId });
    expect(result).toEqual({ kind: "retried", attemptId: `${invoice.id}-2` });
    const retried = await invoiceRow(invoice.id);
    expect(retried.status).toBe("pending");
    expect(retried.gatewayToken).not.toBeNull();
    expect(retried.gatewayToken).not.toBe(invoice.gatewayToken);
    // The new LigdiCash invoice carries the attempt's id in custom_data.
    expect(sim.controls.transaction({ token: retried.gatewayToken! })?.transactionId).toBe(`${invoice.id}-2`);
    const attempts = await db().paymentAttempt.findMany({
      where: { invoiceId: invoice.id },
      orderBy: { number: "asc" },
    });
    expect(attempts.map((a) => [a.id, a.number, a.gatewayToken, a.outcome])).toEqual([
      [invoice.id, 1, invoice.gatewayToken, "notcompleted"],
      [`${invoice.id}-2`, 2, null, null],
    ]);
    expect((await findPublicInvoice(db(), invoice.publicId))?.view.state).toBe("payable");

    sim.controls.clearRequests();
    await settleAndDeliver(retried.gatewayToken!, "completed");
    const paid = await invoiceRow(invoice.id);
    expect(paid).toMatchObject({ status: "completed", operator: "orange_bf" });
    // Verified with the token of attempt 2, never attempt 1's.
    const queried = sim.controls
      .requests({ endpoint: "E5" })
      .map((r) => r.query.invoiceToken ?? r.query.token);
    expect(queried).toEqual([retried.gatewayToken]);
    expect(await journals(invoice.id)).toBe(1);
    const applied = await db().callbackDelivery.findMany({
      where: { claimedTransactionId: `${invoice.id}-2` },
    });
    expect(applied.map((d) => d.outcome).sort()).toEqual(["applied", "duplicate"]);
    expect(applied.every((d) => d.invoiceId === invoice.id)).toBe(true);

    // A late copy about attempt 1 (its callback names the invoice's own id) claiming "completed":
    // judged against attempt 1's verified outcome, flagged, nothing posted, no status query.
    sim.controls.clearRequests();
    const forged = JSON.stringify({
      response_code: "00",
      token: "",
      status: "completed",
      amount: 9_000,
      custom_data: [{ keyof_customdata: "transaction_id", valueof_customdata: invoice.id }],
    });
    await fetch(endpoint.url, {
      method: "POST",
      body: forged,
      headers: { "content-type": "application/json" },
    });
    await endpoint.idle();
    const late = await db().callbackDelivery.findFirstOrThrow({
      where: { claimedTransactionId: invoice.id, claimedStatus: "completed" },
    });
    expect(late).toMatchObject({ outcome: "flagged", invoiceId: invoice.id, verifiedStatus: "notcompleted" });
    expect(sim.controls.requests({ endpoint: "E5" })).toHaveLength(0);
    expect(await journals(invoice.id)).toBe(1);
    expect((await invoiceRow(invoice.id)).status).toBe("completed");
  });

  it("20 concurrent clicks on Réessayer open ONE new attempt and call LigdiCash once", async () => {
    const invoice = await cancelled(4_000);
    const before = creations();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => retryPayment(deps(), { publicId: invoice.publicId })),
    );
    expect(results.filter((r) => r.kind === "retried")).toHaveLength(1);
    expect(results.filter((r) => r.kind === "in_flight")).toHaveLength(19);
    expect(creations() - before).toBe(1);
    expect(await db().paymentAttempt.count({ where: { invoiceId: invoice.id } })).toBe(2);
    expect(await db().paymentAttempt.count({ where: { invoiceId: invoice.id, outcome: null } })).toBe(1);
    // While that attempt is open, another click changes nothing.
    expect(await retryPayment(deps(), { publicId: invoice.publicId })).toEqual({ kind: "in_flight" });
  });

  it("a paid link refuses a retry; a pending one keeps its attempt; a third attempt closes the second", async () => {
    const paid = await sentInvoice(2_500);
    await settleAndDeliver(paid.gatewayToken!, "completed");
    const before = creations();
    expect(await retryPayment(deps(), { publicId: paid.publicId })).toEqual({ kind: "paid" });
    expect(await retryPayment(deps(), { publicId: "aucun-lien-de-ce-nom" })).toEqual({ kind: "not_found" });
    expect(creations()).toBe(before);
    expect(await db().paymentAttempt.count({ where: { invoiceId: paid.id } })).toBe(0);
    expect(await journals(paid.id)).toBe(1);

    const pending = await sentInvoice(2_600);
    expect(await retryPayment(deps(), { publicId: pending.publicId })).toEqual({ kind: "in_flight" });

    const twice = await cancelled(2_700);
    await retryPayment(deps(), { publicId: twice.publicId });
    const second = await invoiceRow(twice.id);
    await settleAndDeliver(second.gatewayToken!, "notcompleted");
    expect(await checkInvoiceIfDue({ db: db(), gateway }, { invoiceId: twice.id, intervalMs: 0 })).toBe(
      false,
    );
    expect((await invoiceRow(twice.id)).status).toBe("notcompleted");
    expect(await retryPayment(deps(), { publicId: twice.publicId })).toEqual({
      kind: "retried",
      attemptId: `${twice.id}-3`,
    });
    const attempts = await db().paymentAttempt.findMany({
      where: { invoiceId: twice.id },
      orderBy: { number: "asc" },
    });
    expect(attempts.map((a) => [a.number, a.outcome, a.gatewayToken === second.gatewayToken])).toEqual([
      [1, "notcompleted", false],
      [2, "notcompleted", true],
      [3, null, false],
    ]);
    expect(await journals(twice.id)).toBe(0);
  });

  it("a receipt exists only for a verified paid invoice: one per invoice, unguessable, gone from view if not paid", async () => {
    const paid = await sentInvoice(3_100);
    expect(await ensureReceipt(db(), paid.id)).toBeNull();
    await settleAndDeliver(paid.gatewayToken!, "completed");
    const ids = await Promise.all(Array.from({ length: 10 }, () => ensureReceipt(db(), paid.id)));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect((await findPublicInvoice(db(), paid.publicId))?.view.receiptId).toBe(ids[0]);
    expect(await findReceipt(db(), ids[0]!)).toMatchObject({
      amount: 3_100,
      operator: "orange_bf",
      payerPhone: "•••• 01",
    });
    expect(await findReceipt(db(), "x".repeat(32))).toBeNull();
    const cancelledOne = await cancelled(3_200);
    expect(await ensureReceipt(db(), cancelledOne.id)).toBeNull();
    expect((await findPublicInvoice(db(), cancelledOne.publicId))?.view.receiptId).toBeNull();
  });
});
