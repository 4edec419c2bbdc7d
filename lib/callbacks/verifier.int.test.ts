import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { paidInvoices, type Copy } from "@/test/support/callbacks/paid-invoices";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { poolOf } from "@/lib/db/client";
import { createProcessingLane } from "./processing-lane";
import { storeDelivery } from "./store-delivery";
import { startVerifier, type Verifier } from "./verifier";
import { verifierChannel } from "./verifier-channel";

// Under `npm start` the app only stores and answers; the INSERT announces each processable
// delivery on the instance's channel and the verifier process judges it. What the verifier does
// not hear (another instance's channel, no channel, a lost connection) stays `received` for the
// sweeper — never judged twice by two instances, never lost.

const { db, url } = withTestDb(10);
const CHANNEL = verifierChannel("test0001");
let sim: RunningSimulator;
let gateway: LigdicashClient;
let verifier: Verifier;
let createdById: string;
let made = 0;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  // The simulator records each callback copy without sending it: the test stores them itself.
  sim.controls.setCallbackBehaviour({ mode: "never" });
  gateway = createSimulatorClient(sim.baseUrl, { statusRetry: { maxAttempts: 1 } });
  createdById = (
    await db().user.create({
      data: { email: "verifier@test.bf", name: "V", role: "finance", passwordHash: "x" },
    })
  ).id;
  verifier = await startVerifier({ databaseUrl: url(), channel: CHANNEL, db: db(), gateway });
});
afterAll(async () => {
  await verifier.stop();
  await sim.close();
});

async function paid(count: number) {
  const invoices = await paidInvoices({ db: db(), gateway, sim, createdById }, count, made);
  made += count;
  return invoices;
}

const store = (copy: Copy, notify?: string) =>
  storeDelivery(
    poolOf(db()),
    { body: copy.body, contentType: copy.contentType, headers: {}, sourceIp: "127.0.0.1" },
    { notify },
  );

async function outcomes(ids: string[]) {
  const rows = await db().callbackDelivery.findMany({
    where: { id: { in: ids } },
    select: { outcome: true },
  });
  return rows.map((r) => r.outcome).sort();
}

async function settled(ids: string[], timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await outcomes(ids)).every((o) => o !== "received" && o !== "error")) return;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe("the verifier process's loop", () => {
  it("judges every delivery announced on its channel: one posting per payment, the twin copy a duplicate", async () => {
    const invoices = await paid(10);
    const stored = await Promise.all(invoices.flatMap((i) => i.copies.map((c) => store(c, CHANNEL))));
    const ids = stored.map((s) => s.id);
    await settled(ids);

    expect(await outcomes(ids)).toEqual([...Array(10).fill("applied"), ...Array(10).fill("duplicate")]);
    const invoiceIds = invoices.map((i) => i.id);
    expect(await db().ledgerJournal.count({ where: { invoiceId: { in: invoiceIds } } })).toBe(10);
    expect(await db().invoice.count({ where: { id: { in: invoiceIds }, status: "completed" } })).toBe(10);
  });

  it("leaves alone what is announced to another instance's verifier, or not announced at all", async () => {
    const [other, silent] = await paid(2);
    const announcedElsewhere = await store(other!.copies[0]!, verifierChannel("elsewhere1"));
    const notAnnounced = await store(silent!.copies[0]!);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await outcomes([announcedElsewhere.id, notAnnounced.id])).toEqual(["received", "received"]);
  });

  it("ignores a notice that is not a delivery and goes on judging the next ones", async () => {
    const sender = new pg.Client({ connectionString: url() });
    await sender.connect();
    await sender.query("SELECT pg_notify($1, $2)", [CHANNEL, "not json"]);
    await sender.query("SELECT pg_notify($1, $2)", [CHANNEL, JSON.stringify({ id: 42 })]);
    await sender.end();
    const [invoice] = await paid(1);
    const delivery = await store(invoice!.copies[0]!, CHANNEL);
    await settled([delivery.id]);
    expect(await outcomes([delivery.id])).toEqual(["applied"]);
  });

  it("listens again after its database connection is cut", async () => {
    await db()
      .$queryRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'caisse-verifier' AND datname = current_database()`;
    // Reconnection backs off 500 ms; a delivery stored meanwhile is the sweeper's, the next ones are heard.
    await new Promise((r) => setTimeout(r, 1_500));
    const [invoice] = await paid(1);
    const delivery = await store(invoice!.copies[0]!, CHANNEL);
    await settled([delivery.id]);
    expect(await outcomes([delivery.id])).toEqual(["applied"]);
  });
});

describe("a verifier whose lane overflows", () => {
  it("sweeps what it shed as soon as its lane is empty, without waiting for the background pass", async () => {
    const channel = verifierChannel("small001");
    // One job running, two waiting: a burst of 30 copies sheds most of them.
    const small = await startVerifier({
      databaseUrl: url(),
      channel,
      db: db(),
      gateway,
      lane: createProcessingLane(1, 2),
    });
    try {
      const invoices = await paid(15);
      const stored = await Promise.all(invoices.flatMap((i) => i.copies.map((c) => store(c, channel))));
      const ids = stored.map((s) => s.id);
      await settled(ids, 15_000);

      expect(await outcomes(ids)).toEqual([...Array(15).fill("applied"), ...Array(15).fill("duplicate")]);
      const invoiceIds = invoices.map((i) => i.id);
      expect(await db().ledgerJournal.count({ where: { invoiceId: { in: invoiceIds } } })).toBe(15);
    } finally {
      await small.stop();
    }
  });
});
