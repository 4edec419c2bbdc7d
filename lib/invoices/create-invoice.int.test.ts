import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/app-error";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import type { LigdicashClient, LigdicashConfig } from "@/lib/ligdicash/types";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { createInvoice } from "./create-invoice";
import { invoiceInputSchema, type InvoiceFormInput } from "./schemas";

// Creation against the simulator on real PostgreSQL: one LigdiCash call per idempotency key
// whatever the concurrency, and every LigdiCash answer (or silence) stored on the invoice.

const { db } = withTestDb(30);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let actor: { id: string; email: string };
const PUBLIC_URL = "https://caisse.example.bf";

const clientFor = (patch: Partial<LigdicashConfig> = {}) => createSimulatorClient(sim.baseUrl, patch);

const schema = invoiceInputSchema({ minAmount: 20, maxAmount: 1_000_000 }, (key) => key);

function input(patch: Partial<InvoiceFormInput> = {}) {
  return schema.parse({
    idempotencyKey: crypto.randomUUID(),
    channel: "hosted",
    customerFirstname: "Awa",
    customerLastname: "Ouedraogo",
    customerEmail: "awa@example.bf",
    items: [
      { name: "Pagne Faso Dan Fani", description: "2 mètres", quantity: 2, unitPrice: 5_500 },
      { name: "Livraison", quantity: 1, unitPrice: 1_500 },
    ],
    description: "Commande 1042",
    ...patch,
  });
}

const create = (data: ReturnType<typeof input>, client = gateway) =>
  createInvoice({ db: db(), gateway: client, publicUrl: PUBLIC_URL, actor }, data);
const creations = () =>
  sim.controls.requests({ endpoint: "E1" }).length + sim.controls.requests({ endpoint: "E2" }).length;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  gateway = clientFor();
  const user = await db().user.create({
    data: { email: "finance@test.bf", name: "Fatou Finance", role: "finance", passwordHash: "x" },
  });
  actor = { id: user.id, email: user.email };
});
afterAll(async () => sim.close());
beforeEach(() => sim.controls.reset());

describe("createInvoice", () => {
  it("20 concurrent submits with one key: one invoice, one LigdiCash call, one audit record", async () => {
    const data = input();
    const results = await Promise.all(Array.from({ length: 20 }, () => create(data)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(sim.controls.requests({ endpoint: "E1" })).toHaveLength(1);
    const id = results[0]!.id;
    const stored = await db().invoice.findUniqueOrThrow({ where: { id }, include: { items: true } });
    expect(stored).toMatchObject({ status: "pending", totalAmount: 12_500, channel: "hosted" });
    expect(stored.items).toHaveLength(2);
    expect(stored.gatewayToken).toBeTruthy();
    expect(stored.paymentUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/pay\/invoice\//);
    expect(stored.sentAt).not.toBeNull();
    expect(await db().invoice.count({ where: { idempotencyKey: data.idempotencyKey } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "invoice.created", targetId: id } })).toBe(1);
    expect(await db().gatewayExchange.count({ where: { invoiceId: id, operation: "hosted_payin" } })).toBe(1);
    // A later retry is still the same invoice and still no second call.
    expect((await create(data)).id).toBe(id);
    expect(sim.controls.requests({ endpoint: "E1" })).toHaveLength(1);
  });

  it("a key reused with another body is refused with 422 idempotency_key_reused, even concurrently; the same body replays", async () => {
    const first = input();
    const other = input({ idempotencyKey: first.idempotencyKey, customerEmail: "someone-else@example.bf" });
    const bodies = Array.from({ length: 10 }, (_, i) => (i % 2 ? other : first));
    const results = await Promise.allSettled(bodies.map((body) => create(body)));
    const stored = await db().invoice.findMany({ where: { idempotencyKey: first.idempotencyKey } });
    expect(stored).toHaveLength(1);
    const winner = stored[0]!.customerEmail === first.customerEmail ? first : other;
    results.forEach((result, i) => {
      if (bodies[i] === winner) expect(result.status === "fulfilled" && result.value.id).toBe(stored[0]!.id);
      else
        expect(result.status === "rejected" && (result.reason as AppError).code).toBe(
          "idempotency_key_reused",
        );
    });
    expect(sim.controls.requests({ endpoint: "E1" })).toHaveLength(1);
    expect(await create(winner)).toMatchObject({ id: stored[0]!.id, replayed: true });
    const changedItems = {
      ...winner,
      items: [{ name: "Autre chose", description: "", quantity: 1, unitPrice: 900 }],
    };
    const refused = await create(changedItems).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "idempotency_key_reused", status: 422 });
    expect(sim.controls.requests({ endpoint: "E1" })).toHaveLength(1);
  });

  it("sends our id, our own customer pages and the callback URL — nothing from the request", async () => {
    const result = await create(input());
    const stored = await db().invoice.findUniqueOrThrow({ where: { id: result.id } });
    const body = sim.controls.requests({ endpoint: "E1" })[0]!.body as {
      commande: {
        actions: Record<string, string>;
        custom_data: Record<string, string>;
        invoice: { total_amount: number };
      };
    };
    expect(body.commande.custom_data.transaction_id).toBe(stored.id);
    expect(body.commande.actions).toMatchObject({
      return_url: `${PUBLIC_URL}/pay/${stored.publicId}/return`,
      cancel_url: `${PUBLIC_URL}/pay/${stored.publicId}/cancel`,
      callback_url: `${PUBLIC_URL}/api/ligdicash/callback`,
    });
    expect(body.commande.invoice.total_amount).toBe(12_500);
  });

  it("a refused amount leaves the invoice failed with invalid_amount, and a retry does not call again", async () => {
    sim.controls.setLimits({ payinMin: 50_000 });
    const data = input();
    const result = await create(data);
    expect(result).toMatchObject({ status: "failed", failureCode: "invalid_amount" });
    expect((await create(data)).status).toBe("failed");
    expect(creations()).toBe(1);
  });

  it("payins disabled on the merchant project → failed with merchant_payin_disabled", async () => {
    sim.controls.setMerchant({ payinEnabled: false });
    const result = await create(input());
    expect(result).toMatchObject({ status: "failed", failureCode: "merchant_payin_disabled" });
    const stored = await db().invoice.findUniqueOrThrow({ where: { id: result.id } });
    expect(stored.gatewayToken).toBeNull();
    expect(stored.paymentUrl).toBeNull();
  });

  it("a wrong API key → failed with authentication", async () => {
    const result = await create(input(), clientFor({ apiKey: "wrong-key" }));
    expect(result).toMatchObject({ status: "failed", failureCode: "authentication" });
    expect(
      await db().gatewayExchange.count({ where: { invoiceId: result.id, errorCode: "authentication" } }),
    ).toBe(1);
  });

  it("a timeout leaves the invoice unknown, and nothing ever calls LigdiCash again for it", async () => {
    sim.controls.addFault({ kind: "delay", delayMs: 1_500, endpoints: ["E1"], processed: true });
    const data = input();
    const result = await create(data, clientFor({ timeoutMs: 300 }));
    expect(result).toMatchObject({ status: "unknown", failureCode: "timeout" });
    sim.controls.clearFaults();
    const again = await Promise.all(Array.from({ length: 5 }, () => create(data)));
    expect(again.every((r) => r.id === result.id && r.status === "unknown")).toBe(true);
    expect(sim.controls.requests({ endpoint: "E1" })).toHaveLength(1);
  });

  it("direct payin (Orange): a wrong OTP is stored as wrong_otp; a good one leaves it pending with its token", async () => {
    const wrong = await create(input({ channel: "direct", payerPhone: "76 00 00 01", otp: "000000" }));
    expect(wrong).toMatchObject({ status: "failed", failureCode: "wrong_otp" });
    const good = await create(input({ channel: "direct", payerPhone: "+226 76 00 00 01", otp: "123456" }));
    expect(good.status).toBe("pending");
    const stored = await db().invoice.findUniqueOrThrow({ where: { id: good.id } });
    expect(stored).toMatchObject({ channel: "direct", customerPhone: "22676000001" });
    expect(stored.gatewayToken).toBeTruthy();
    // The OTP is never kept in the invoice's story.
    const exchange = await db().gatewayExchange.findFirstOrThrow({ where: { invoiceId: good.id } });
    expect(JSON.stringify(exchange.request)).not.toContain("123456");
  });

  it("direct payin (Moov) needs no OTP", async () => {
    const result = await create(input({ channel: "direct", payerPhone: "70000002" }));
    expect(result.status).toBe("pending");
    expect(
      (sim.controls.requests({ endpoint: "E2" })[0]!.body as { commande: { invoice: { otp: string } } })
        .commande.invoice.otp,
    ).toBe("");
  });
});
