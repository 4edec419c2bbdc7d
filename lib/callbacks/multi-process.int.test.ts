import { spawn, type ChildProcess } from "node:child_process";
import { createInterface } from "node:readline";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { ChangeHub, type HubEvent } from "@/lib/live/change-hub";
import { startPrivatePostgres, type PrivatePostgres } from "@/test/support/private-postgres";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { sweepDeliveries } from "./sweep-deliveries";
import { startTcpProxy } from "@/test/support/callbacks/tcp-proxy";

// Real separate processes sharing one database: each runs the callback route's work (store →
// answer 200 → verify and apply) with its own connection pool (test/support/callbacks/endpoint-process.ts).
// What a full `next start` would add (routing, after()) is covered by the Playwright journey; here
// the processes are killed, their database connections cut and a database server restarted at will.

const { db, url } = withTestDb(20);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let userId: string;
const children: ChildProcess[] = [];

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  sim.controls.setCallbackBehaviour({ mode: "never" });
  gateway = createSimulatorClient(sim.baseUrl);
  userId = (
    await db().user.create({ data: { email: "mp@test.bf", name: "M", role: "finance", passwordHash: "x" } })
  ).id;
});
afterEach(() => sim.controls.clearFaults());
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await sim.close();
});

async function startProcess(databaseUrl = url()): Promise<{ url: string; child: ChildProcess }> {
  // `node --import tsx` rather than the tsx CLI: the CLI runs the script in a grandchild that a
  // SIGKILL of the wrapper would leave running — the kill must hit the process doing the work.
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "test/support/callbacks/endpoint-process.ts"],
    {
      env: { ...process.env, DATABASE_URL: databaseUrl, LIGDICASH_BASE_URL: sim.baseUrl },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  children.push(child);
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`endpoint process exited ${code}`)));
  });
  return { url: (JSON.parse(line) as { url: string }).url, child };
}

/** Pending invoices at the simulator, settled there silently; returns each one's two callback copies. */
async function settledInvoices(count: number, on = { client: db(), userId }) {
  const result: { id: string; copies: { body: string; contentType: string }[] }[] = [];
  for (let i = 0; i < count; i++) {
    const invoice = await on.client.invoice.create({
      data: {
        idempotencyKey: crypto.randomUUID(),
        channel: "hosted",
        status: "pending",
        totalAmount: 1_000 + i,
        description: "MP",
        customerFirstname: "A",
        customerLastname: "B",
        customerEmail: "a@b.bf",
        createdById: on.userId,
      },
    });
    const created = await gateway.createHostedPayin({
      transactionId: invoice.id,
      amount: 1_000 + i,
      description: "MP",
      returnUrl: "http://x/r",
      cancelUrl: "http://x/c",
      callbackUrl: "http://127.0.0.1:9/cb",
    });
    await on.client.invoice.update({
      where: { id: invoice.id },
      data: { gatewayToken: created.token, sentAt: new Date() },
    });
    sim.controls.settle({
      token: created.token,
      status: "completed",
      operator: i % 2 ? "orange_bf" : "moov_bf",
    });
    await sim.controls.callbacksIdle();
    result.push({
      id: invoice.id,
      copies: sim.controls
        .callbacks()
        .filter((c) => c.token === created.token)
        .map((c) => ({ body: c.body, contentType: c.contentType })),
    });
  }
  return result;
}

/** Posts every copy `times` times, round-robin over the endpoints; answers the ids stored under a 2xx. */
async function burst(
  endpoints: string[],
  invoices: Awaited<ReturnType<typeof settledInvoices>>,
  times: number,
  onAnswered?: (count: number) => void,
) {
  const sends = invoices.flatMap((inv) => Array.from({ length: times }, () => inv.copies).flat());
  const answered: string[] = [];
  await Promise.all(
    sends.map(async (copy, i) => {
      try {
        const response = await fetch(endpoints[i % endpoints.length]!, {
          method: "POST",
          body: copy.body,
          headers: { "content-type": copy.contentType },
        });
        if (response.ok) {
          answered.push(((await response.json()) as { id: string }).id);
          onAnswered?.(answered.length);
        }
      } catch {
        /* connection refused or reset: not answered, LigdiCash would not count it as delivered */
      }
    }),
  );
  return answered;
}

/** Posts every copy once per wave, waves 50 ms apart, until `done()`: a steady load across an outage. */
async function sendInWaves(
  endpoint: string,
  invoices: Awaited<ReturnType<typeof settledInvoices>>,
  done: () => boolean,
) {
  const answered: string[] = [];
  let sent = 0;
  do {
    answered.push(...(await burst([endpoint], invoices, 1)));
    sent += invoices.flatMap((inv) => inv.copies).length;
    await new Promise((resolve) => setTimeout(resolve, 50));
  } while (!done());
  return { answered, sent };
}

async function waitUntilProcessed(ids: string[], client = db(), timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      (await client.callbackDelivery.count({
        where: { id: { in: ids }, outcome: { in: ["received", "error"] } },
      })) === 0
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `crashed`: a process killed between committing the settlement and recording its verdict leaves
 * no delivery saying "applied" (the sweeper then finds the invoice final: "duplicate") — the money
 * is still moved exactly once, which is what matters. */
async function expectEachAppliedOnce(invoices: { id: string }[], crashed = false, client = db()) {
  for (const invoice of invoices) {
    expect((await client.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("completed");
    expect(await client.ledgerJournal.count({ where: { invoiceId: invoice.id } })).toBe(1);
    const applied = await client.callbackDelivery.count({
      where: { claimedTransactionId: invoice.id, outcome: "applied" },
    });
    if (crashed) expect(applied).toBeLessThanOrEqual(1);
    else expect(applied).toBe(1);
  }
}

describe("several app processes on one database", () => {
  it("two processes share a burst of callbacks with no double posting", async () => {
    const [a, b] = await Promise.all([startProcess(), startProcess()]);
    const invoices = await settledInvoices(20);
    const answered = await burst([a.url, b.url], invoices, 5);
    expect(answered).toHaveLength(200);
    await waitUntilProcessed(answered);
    await expectEachAppliedOnce(invoices);
    a.child.kill("SIGTERM");
    b.child.kill("SIGTERM");
  }, 60_000);

  it("kill -9 in the middle of a burst: every callback answered 2xx is processed after restart", async () => {
    const victim = await startProcess();
    sim.controls.addFault({ kind: "delay", delayMs: 300, endpoints: ["E5"] }); // slow LigdiCash: work is in flight when we kill
    const invoices = await settledInvoices(15);
    // Killed once 20 deliveries were answered 200: the rest of the burst meets a dead port.
    const answered = await burst([victim.url], invoices, 4, (count) => {
      if (count === 20) victim.child.kill("SIGKILL");
    });
    expect(answered.length).toBeGreaterThan(0);
    const stranded = await db().callbackDelivery.count({
      where: { id: { in: answered }, outcome: "received" },
    });
    expect(stranded).toBeGreaterThan(0); // the crash really left work behind
    sim.controls.clearFaults();
    // The restarted app's background worker (runBackgroundPass → sweepDeliveries) finishes them.
    await sweepDeliveries(db(), gateway, { now: new Date(Date.now() + 60_000) });
    expect(
      await db().callbackDelivery.count({
        where: { id: { in: answered }, outcome: { in: ["received", "error"] } },
      }),
    ).toBe(0);
    const touched = await db().callbackDelivery.findMany({
      where: { id: { in: answered } },
      select: { claimedTransactionId: true },
      distinct: ["claimedTransactionId"],
    });
    await expectEachAppliedOnce(
      touched.map((t) => ({ id: t.claimedTransactionId! })),
      true,
    );
  }, 60_000);

  describe("PostgreSQL restarted under load", () => {
    let privateServer: PrivatePostgres | undefined;
    let privateDb: PrismaClient | undefined;
    // A server of its own: the shared one cannot be restarted under the other test files.
    beforeAll(async () => {
      privateServer = await startPrivatePostgres();
      privateDb = createDb(privateServer.url, 5);
    });
    afterAll(async () => {
      await privateDb?.$disconnect();
      await privateServer?.stop();
    });

    it("a crash-like restart in the middle of a burst: nothing answered is lost, the app reconnects by itself", async () => {
      const [pg, pgDb] = [privateServer!, privateDb!];
      const user = await pgDb.user.create({
        data: { email: "pg@test.bf", name: "P", role: "finance", passwordHash: "x" },
      });
      const startedAt = async () =>
        (await pgDb.$queryRaw<{ at: Date }[]>`SELECT pg_postmaster_start_time() AS at`)[0]?.at;
      const app = await startProcess(pg.url);
      const invoices = await settledInvoices(16, { client: pgDb, userId: user.id });
      const [around, after] = [invoices.slice(0, 8), invoices.slice(8)];
      const bootedAt = await startedAt();

      sim.controls.addFault({ kind: "delay", delayMs: 300, endpoints: ["E5"] }); // slow LigdiCash: verification in flight when the server dies
      const beforeStop = await burst([app.url], around, 1);
      expect(beforeStop).toHaveLength(16);
      // Immediate, as a crash: a fast restart's shutdown checkpoint would hide a commit acknowledged
      // before it reached the WAL on disk; here the start must replay the WAL to find it.
      let back = false;
      const [, meanwhile] = await Promise.all([
        pg.restart({ mode: "immediate", downMs: 1_500 }).finally(() => {
          back = true;
        }),
        sendInWaves(app.url, around, () => back),
      ]);
      sim.controls.clearFaults();
      expect(await startedAt()).not.toEqual(bootedAt);
      expect(meanwhile.answered.length).toBeLessThan(meanwhile.sent); // callbacks did meet the outage

      const answeredAfter = await burst([app.url], after, 3);
      expect(answeredAfter).toHaveLength(48); // recovered by itself: every request after the outage answered
      await waitUntilProcessed(answeredAfter, pgDb);
      // …and verified and applied by the app itself: no sweep has run yet.
      expect(
        await pgDb.callbackDelivery.count({
          where: { id: { in: answeredAfter }, outcome: { in: ["received", "error"] } },
        }),
      ).toBe(0);

      const answered = [...beforeStop, ...meanwhile.answered, ...answeredAfter];
      // Each 2xx went out after its commit: the WAL replay must have kept every one.
      expect(await pgDb.callbackDelivery.count({ where: { id: { in: answered } } })).toBe(answered.length);
      // What the restart interrupted, the background worker (runBackgroundPass → sweepDeliveries) finishes.
      await sweepDeliveries(pgDb, gateway, { now: new Date(Date.now() + 60_000) });
      expect(
        await pgDb.callbackDelivery.count({
          where: { id: { in: answered }, outcome: { in: ["received", "error"] } },
        }),
      ).toBe(0);
      await expectEachAppliedOnce(around, true, pgDb);
      await expectEachAppliedOnce(after, false, pgDb);
      app.child.kill("SIGTERM");
    }, 30_000);
  });

  it("the live-update listener reconnects by itself after the database goes away", async () => {
    const target = new URL(url());
    const proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const proxied = new URL(url());
    proxied.port = String(proxy.port);
    const hub = new ChangeHub(proxied.href);
    const events: HubEvent[] = [];
    hub.subscribe((e) => events.push(e));
    try {
      await expect.poll(() => hub.mode, { timeout: 5_000 }).toBe("live");
      await proxy.cut(1_000);
      await expect.poll(() => hub.mode, { timeout: 10_000 }).toBe("live");
      expect(events.some((e) => e.type === "resync")).toBe(true);
      await db().$executeRaw`SELECT pg_notify('caisse_changes', '{"entity":"ledger","id":"after-restart"}')`;
      await expect
        .poll(() => events.some((e) => e.type === "change" && e.change.id === "after-restart"), {
          timeout: 5_000,
        })
        .toBe(true);
    } finally {
      await hub.stop();
      await proxy.close();
    }
  }, 30_000);
});
