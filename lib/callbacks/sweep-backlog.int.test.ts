import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { sweepDeliveries } from "./sweep-deliveries";
import { startCallbackEndpoint, type CallbackEndpoint } from "@/test/support/callbacks/callback-endpoint";
import { sentInvoice } from "@/test/support/callbacks/sent-invoice";

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

/** A paid invoice whose two copies the simulator keeps (callbacks are off for this test). */
async function paidInvoiceCopies(amount: number) {
  const invoice = await sentInvoice(
    { db: db(), gateway, createdById: userId, callbackUrl: answerOnly.url },
    amount,
  );
  sim.controls.settle({
    token: invoice.token,
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
