import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import type { OperatorKey } from "@/simulator/operators";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { startCallbackEndpoint, type CallbackEndpoint } from "@/test/support/callbacks/callback-endpoint";
import {
  postCopiesAtOnce,
  sentInvoice as sendInvoice,
  settleSilently as settleAtSimulatorSilently,
} from "@/test/support/callbacks/sent-invoice";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { withTestDb } from "@/test/support/test-db";
import { startWebhookReceiver } from "@/test/support/webhooks/receiver";
import { deliverDue } from "./deliver-due";
import { createEndpoint } from "./manage-endpoints";

// From LigdiCash's callback to the shop's verified webhook, on real PostgreSQL, the simulator and
// the callback route's own work: copies, forgeries, a failing shop and a crash of the sender.

const { db, url } = withTestDb(40);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let callbacks: CallbackEndpoint;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let userId = "";

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  gateway = createSimulatorClient(sim.baseUrl);
  callbacks = await startCallbackEndpoint(db(), gateway);
  const user = await db().user.create({
    data: { email: "wh@test.bf", name: "Admin", role: "admin", passwordHash: "x" },
  });
  userId = user.id;
  receiver = await startWebhookReceiver();
  const { secret } = await createEndpoint(
    { db: db(), actor: { id: user.id, email: user.email }, ip: null },
    {
      url: receiver.url,
      description: "",
      events: ["invoice.paid", "invoice.failed"],
      allowPrivateNetwork: true,
    },
  );
  receiver.setSecret(secret);
});
afterAll(async () => {
  await receiver.close();
  await callbacks.close();
  await sim.close();
});

const sentInvoice = (amount: number) =>
  sendInvoice({ db: db(), gateway, createdById: userId, callbackUrl: callbacks.url }, amount);
const settleSilently = (token: string) => settleAtSimulatorSilently(sim, token);

/** Paid at the simulator, its two callbacks delivered to the callback route and verified. */
async function paidAtSimulator(amount: number, operator: OperatorKey, phone: string) {
  const invoice = await sentInvoice(amount);
  sim.controls.settle({ token: invoice.token, status: "completed", operator, phone });
  await sim.controls.callbacksIdle();
  await callbacks.idle();
  return invoice;
}

const eventsOf = (subjectId: string) => db().webhookEvent.findMany({ where: { subjectId } });
const verifiedFor = (subjectId: string) =>
  receiver.verified.filter((r) => (r.event as { data: { id: string } }).data.id === subjectId);

describe("LigdiCash callback → webhook", () => {
  it("100 concurrent copies of one callback: exactly one invoice.paid, delivered once and verified", async () => {
    const invoice = await sentInvoice(7_500);
    const copies = await settleSilently(invoice.token);
    const answers = await postCopiesAtOnce(callbacks.url, copies, 100);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    await callbacks.idle();
    const events = await eventsOf(invoice.id);
    expect(events.map((e) => e.type)).toEqual(["invoice.paid"]);
    await deliverDue(db());
    await deliverDue(db());
    const received = verifiedFor(invoice.id);
    expect(received).toHaveLength(1);
    expect(received[0]!.event).toMatchObject({
      type: "invoice.paid",
      data: { id: invoice.id, amount: 7_500, status: "paid", operator: "orange_bf" },
    });
    expect(receiver.refused).toEqual([]);
  });

  it("a forged callback makes no event", async () => {
    const invoice = await sentInvoice(9_000);
    await sim.controls.sendCallback({ token: invoice.token, status: "completed" });
    await callbacks.idle();
    expect((await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("pending");
    expect(await eventsOf(invoice.id)).toEqual([]);
  });

  it("a shop answering 500 three times gets the event on the fourth try", async () => {
    const invoice = await paidAtSimulator(4_000, "moov_bf", "22670000002");
    receiver.answer(500, 500, 500);
    const tries: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      // The backoff's wait, skipped: the retry is made due now (signatures keep the real time,
      // which the receiver's library checks within five minutes).
      const due = await db().webhookDelivery.findFirstOrThrow({
        where: { event: { subjectId: invoice.id } },
      });
      if (i > 0) expect(due.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
      await db().webhookDelivery.update({ where: { id: due.id }, data: { nextAttemptAt: new Date() } });
      tries.push((await deliverDue(db())).delivered);
    }
    expect(tries).toEqual([0, 0, 0, 1]);
    const delivery = await db().webhookDelivery.findFirstOrThrow({
      where: { event: { subjectId: invoice.id } },
      include: { attemptLog: { orderBy: { at: "asc" } } },
    });
    expect(delivery.attemptLog.map((a) => a.statusCode)).toEqual([500, 500, 500, 200]);
    expect(verifiedFor(invoice.id)).toHaveLength(4);
    expect(new Set(verifiedFor(invoice.id).map((r) => r.headers["webhook-id"])).size).toBe(1);
  });

  it("a sender killed (SIGKILL) between the commit and the delivery: delivered after the restart, once", async () => {
    const invoice = await paidAtSimulator(6_000, "orange_bf", "22676000001");
    expect(await eventsOf(invoice.id)).toHaveLength(1);
    // The shop holds the first request open; the sender dies while it waits.
    receiver.answer("hang");
    const before = receiver.arrivals();
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", "test/support/webhooks/sender-process.ts"],
      { env: { ...process.env, DATABASE_URL: url() }, stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) =>
      createInterface({ input: child.stdout }).once("line", () => resolve()),
    );
    await expect.poll(() => receiver.arrivals(), { timeout: 20_000 }).toBe(before + 1);
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    // Restarted: until the dead sender's lease ends nothing is sent twice; then it goes once.
    expect(await deliverDue(db())).toMatchObject({ attempted: 0 });
    expect(await deliverDue(db(), { now: () => new Date(Date.now() + 61_000) })).toMatchObject({
      delivered: 1,
    });
    expect(await deliverDue(db(), { now: () => new Date(Date.now() + 3_600_000) })).toMatchObject({
      attempted: 0,
    });
    const delivery = await db().webhookDelivery.findFirstOrThrow({
      where: { event: { subjectId: invoice.id } },
    });
    expect(delivery).toMatchObject({ status: "delivered", attempts: 2 });
  });
});
