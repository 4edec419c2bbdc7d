import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { verifyTransaction } from "./verify-transaction";

const verifyInvoice = (client: PrismaClient, ligdicash: LigdicashClient, id: string) =>
  verifyTransaction(client, ligdicash, id, "invoice");

const { db } = withTestDb(30);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let userId: string;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  gateway = createSimulatorClient(sim.baseUrl);
  userId = (
    await db().user.create({
      data: { email: "finance@test.bf", name: "F", role: "finance", passwordHash: "x" },
    })
  ).id;
});
afterAll(async () => sim.close());

/** An invoice handed to the simulator, as the invoice flow leaves it: pending with its token. */
async function sentInvoice(amount = 12_500) {
  const invoice = await db().invoice.create({
    data: {
      idempotencyKey: crypto.randomUUID(),
      channel: "hosted",
      status: "pending",
      totalAmount: amount,
      description: "Test",
      customerFirstname: "A",
      customerLastname: "B",
      customerEmail: "a@b.bf",
      createdById: userId,
    },
  });
  const created = await gateway.createHostedPayin({
    transactionId: invoice.id,
    amount,
    description: "Test",
    returnUrl: "http://x/r",
    cancelUrl: "http://x/c",
    callbackUrl: "http://127.0.0.1:9/cb",
  });
  await db().invoice.update({ where: { id: invoice.id }, data: { gatewayToken: created.token } });
  return { ...invoice, token: created.token };
}

const balance = async (operator: string) =>
  (
    await db().$queryRaw<
      [{ b: bigint | null }]
    >`SELECT SUM(amount)::bigint AS b FROM ledger_entries WHERE account = ${`operator:${operator}`}`
  )[0].b ?? 0n;

describe("verifyTransaction on an invoice", () => {
  it("applies nothing while LigdiCash says pending, whatever anyone claims", async () => {
    const invoice = await sentInvoice();
    const result = await verifyInvoice(db(), gateway, invoice.id);
    expect(result).toMatchObject({ result: "still_pending", status: "pending", verifiedStatus: "pending" });
    expect(await db().ledgerEntry.count({ where: { journal: { invoiceId: invoice.id } } })).toBe(0);
  });

  it("50 concurrent verifications of a paid invoice: one transition, one balanced posting", async () => {
    const invoice = await sentInvoice(7_500);
    sim.controls.settle({
      token: invoice.token,
      status: "completed",
      operator: "moov_bf",
      phone: "22670000002",
    });
    const before = await balance("moov_bf");
    const results = await Promise.all(
      Array.from({ length: 50 }, () => verifyInvoice(db(), gateway, invoice.id)),
    );
    expect(results.filter((r) => r.result === "applied")).toHaveLength(1);
    expect(results.every((r) => r.status === "completed")).toBe(true);
    const stored = await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } });
    expect(stored).toMatchObject({ status: "completed", operator: "moov_bf", payerPhone: "22670000002" });
    expect(await db().ledgerJournal.count({ where: { invoiceId: invoice.id } })).toBe(1);
    expect((await balance("moov_bf")) - before).toBe(7_500n);
    // Final: no further LigdiCash call is made for it.
    const calls = sim.controls.requests().length;
    expect((await verifyInvoice(db(), gateway, invoice.id)).result).toBe("already_applied");
    expect(sim.controls.requests().length).toBe(calls);
  });

  it("records a failed payment without touching the ledger, and keeps it final", async () => {
    const invoice = await sentInvoice();
    sim.controls.settle({ token: invoice.token, status: "notcompleted" });
    expect((await verifyInvoice(db(), gateway, invoice.id)).status).toBe("notcompleted");
    expect(await db().ledgerJournal.count({ where: { invoiceId: invoice.id } })).toBe(0);
    expect((await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("notcompleted");
  });

  it("keeps what LigdiCash answered for the invoice's story", async () => {
    const invoice = await sentInvoice();
    await verifyInvoice(db(), gateway, invoice.id);
    const exchanges = await db().gatewayExchange.findMany({ where: { invoiceId: invoice.id } });
    expect(exchanges).toHaveLength(1);
    expect(exchanges[0]).toMatchObject({ operation: "payin_status", errorCode: null });
    expect((exchanges[0]!.response as { status: string }).status).toBe("pending");
  });
});
