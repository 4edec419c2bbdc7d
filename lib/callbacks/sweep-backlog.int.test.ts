import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { sweepDeliveries } from "./sweep-deliveries";
import { startCallbackEndpoint, type CallbackEndpoint } from "@/test/support/callbacks/callback-endpoint";

// A burst the app could answer but not verify at once: every delivery is stored, answered, and
// left `received` (a crash right after answering, or the processing lane shedding it). One
// background pass must verify the whole backlog, batch after batch — not one batch a minute.

const { db } = withTestDb(20);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let answerOnly: CallbackEndpoint;
let userId: string;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  gateway = createSimulatorClient(sim.baseUrl);
  answerOnly = await startCallbackEndpoint(db(), gateway, { process: false });
  userId = (
    await db().user.create({
      data: { email: "sweep@test.bf", name: "S", role: "finance", passwordHash: "x" },
    })
  ).id;
});
afterAll(async () => {
  await answerOnly.close();
  await sim.close();
});

async function paidInvoiceCopies(amount: number) {
  const invoice = await db().invoice.create({
    data: {
      idempotencyKey: crypto.randomUUID(),
      channel: "hosted",
      status: "pending",
      totalAmount: amount,
      description: "Rafale",
      customerFirstname: "A",
      customerLastname: "B",
      customerEmail: "a@b.bf",
      createdById: userId,
    },
  });
  const created = await gateway.createHostedPayin({
    transactionId: invoice.id,
    amount,
    description: "Rafale",
    returnUrl: "http://x/r",
    cancelUrl: "http://x/c",
    callbackUrl: answerOnly.url,
  });
  await db().invoice.update({
    where: { id: invoice.id },
    data: { gatewayToken: created.token, sentAt: new Date() },
  });
  sim.controls.settle({
    token: created.token,
    status: "completed",
    operator: "orange_bf",
    phone: "22676000001",
  });
  return invoice.id;
}

describe("the background sweep after a burst", () => {
  it("verifies a backlog several batches long in one pass: every delivery judged, one posting per payment", async () => {
    sim.controls.setCallbackBehaviour({ mode: "never" });
    const ids = await Promise.all(Array.from({ length: 60 }, (_, i) => paidInvoiceCopies(1_000 + i)));
    await sim.controls.callbacksIdle();
    const copies = sim.controls.callbacks();
    expect(copies).toHaveLength(120);
    const answers = await Promise.all(
      copies.map((c) =>
        fetch(answerOnly.url, { method: "POST", body: c.body, headers: { "content-type": c.contentType } }),
      ),
    );
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(await db().callbackDelivery.count({ where: { outcome: "received" } })).toBe(120);

    const result = await sweepDeliveries(db(), gateway, {
      now: new Date(Date.now() + 60_000),
      limit: 25,
      concurrency: 4,
    });

    expect(result.processed).toBe(120);
    expect(await db().callbackDelivery.count({ where: { outcome: { in: ["received", "error"] } } })).toBe(0);
    expect(await db().callbackDelivery.count({ where: { outcome: "applied" } })).toBe(60);
    expect(await db().ledgerJournal.count({ where: { invoiceId: { in: ids } } })).toBe(60);
    expect(await db().invoice.count({ where: { id: { in: ids }, status: "completed" } })).toBe(60);
  });
});
