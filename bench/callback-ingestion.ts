// Callback ingestion benchmark. Prints figures; asserts nothing.
//
//   npx tsx --conditions=react-server bench/callback-ingestion.ts            # 60 s at 600 deliveries/s offered
//   BENCH_SECONDS=20 BENCH_RATE=400 npx tsx --conditions=react-server bench/callback-ingestion.ts
//
// Set-up: a fresh database on TEST_DATABASE_URL (real PostgreSQL), the LigdiCash simulator on
// loopback (in this process, with the load generator), and the app's callback work — store →
// answer 200 → verify with LigdiCash → apply + post the ledger — in a SEPARATE process
// (test/support/callbacks/endpoint-process.ts, the same functions as the route). Every event is
// delivered as LigdiCash does it: a JSON copy and a form copy.
// Phases:
//   1. full: open-loop load at BENCH_RATE deliveries/s for BENCH_SECONDS; prints verified
//      deliveries/s, answer latency p50/p95/p99, received→verdict p95 (DB timestamps).
//   2. bare: the same load on a handler doing only the database work (store + answer, no
//      verification): the ratio full/bare says what verification costs at the door.
//   3. LigdiCash hangs: every status query hangs; 50 deliveries; the slowest answer.
//   4. next: phase 1's load on the real route (POST /api/ligdicash/callback) of a production
//      build served by the start command (`scripts/start.ts` → the Next.js server, which stores
//      and answers, and the verifier process, which verifies and runs the background jobs; the
//      app's CPU counts both), on fresh events. Builds first when the sources changed (~1 min).
//   5. overload: the real route on `next start` offered BENCH_OVERLOAD_RATE deliveries/s (default
//      2 × BENCH_RATE) for BENCH_OVERLOAD_SECONDS (default 30): more than the machine can verify.
//      Answering must stay fast and nothing may be answered unstored; prints answer latency,
//      deliveries stored vs verified every 5 s, and how long the backlog takes to drain after the
//      burst (the processing lane sheds what it cannot queue; the background sweeper finishes it).
// BENCH_PHASES picks phases (default 1,2,3,4,5; e.g. BENCH_PHASES=4,5, or 1,2,3 to skip the build).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { Agent, request } from "node:http";
import { createInterface } from "node:readline";
import { createDb } from "@/lib/db/client";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { createTestDatabase } from "@/test/support/database";
import { startSimulator } from "@/simulator/server";
import { startNext } from "./support/next-app";
import { paidInvoices, type Copy } from "@/test/support/callbacks/paid-invoices";
import { percentile } from "./support/percentile";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const RATE = Number(process.env.BENCH_RATE ?? 600);
// Each app process is warmed up at the offered rate before it is measured (JIT, connection pool);
// the warm-up's own figures are printed too: a freshly started instance takes that hit once.
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
const PHASES = new Set((process.env.BENCH_PHASES ?? "1,2,3,4,5").split(","));
const OVERLOAD_RATE = Number(process.env.BENCH_OVERLOAD_RATE ?? RATE * 2);
const OVERLOAD_SECONDS = Number(process.env.BENCH_OVERLOAD_SECONDS ?? 30);

const secondBySecond = (bySecond: number[][]) => bySecond.map((v) => percentile(v, 99).toFixed(0)).join(" ");

/** CPU seconds (user + system) used so far by one process. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8");
  const after = fields.slice(fields.lastIndexOf(")") + 2).split(" ");
  return (Number(after[11]) + Number(after[12])) / 100; // utime, stime (fields 14 and 15 of /proc/PID/stat)
}

/** CPU seconds every core has spent busy so far (/proc/stat: all but idle and iowait). Counting
 * PostgreSQL's own processes instead would lose backends and autovacuum workers that end between
 * two readings; the machine's total minus the app and the harness does not. */
function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks;
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100;
}

/** The process and all its descendants (the start command runs `next start` as a child). */
function treeCpuSeconds(rootPid: number): number {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* ended */
    }
  }
  const inTree = (pid: number): boolean => pid === rootPid || (pid > 1 && inTree(parents.get(pid) ?? 0));
  let total = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    try {
      total += cpuSeconds(pid);
    } catch {
      /* ended */
    }
  }
  return total;
}

type CpuMark = { app: number; harness: number; machine: number };
const cpuMark = (appPid: number): CpuMark => ({
  app: treeCpuSeconds(appPid),
  harness: cpuSeconds(process.pid),
  machine: machineBusySeconds(),
});
function cpuPerDelivery(before: CpuMark, after: CpuMark, deliveries: number): string {
  const ms = (seconds: number) => ((seconds * 1000) / deliveries).toFixed(2);
  const [app, harness, machine] = [
    after.app - before.app,
    after.harness - before.harness,
    after.machine - before.machine,
  ];
  return `app ${ms(app)}, load generator + simulator ${ms(harness)}, PostgreSQL and the rest ${ms(machine - app - harness)}`;
}

async function startApp(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_CPU_PROFILE
        ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`]
        : []),
      "--import",
      "tsx",
      "--conditions=react-server",
      "test/support/callbacks/endpoint-process.ts",
    ],
    { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("exit", (code) => reject(new Error(`app exited ${code}`)));
  });
  return { url: (JSON.parse(line) as { url: string }).url, child };
}

// The load generator shares the 2 cores with the app and PostgreSQL: plain node:http on kept-alive
// connections costs a fraction of the CPU of fetch() per request (measured: fetch ≈ 1 ms/request).
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
function post(url: string, copy: Copy): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: "POST",
        agent,
        headers: { "content-type": copy.contentType, "content-length": Buffer.byteLength(copy.body) },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(copy.body);
  });
}

/** Offers `copies` at a fixed rate (open loop: a slow answer does not slow the offer). */
async function offer(
  url: string,
  copies: Copy[],
  rate: number,
): Promise<{ latencies: number[]; bySecond: number[][]; failed: number; seconds: number }> {
  const latencies: number[] = [];
  const bySecond: number[][] = [];
  let failed = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < copies.length; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const copy = copies[i]!;
    const t0 = performance.now();
    inFlight.push(
      post(url, copy).then(
        (status) => {
          if (status >= 200 && status < 300) {
            const ms = performance.now() - t0;
            latencies.push(ms);
            (bySecond[Math.floor((t0 - started) / 1000)] ??= []).push(ms);
          } else failed += 1;
        },
        () => void (failed += 1),
      ),
    );
  }
  await Promise.all(inFlight);
  return { latencies, bySecond, failed, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const database = await createTestDatabase();
  const db = createDb(database.url, 10);
  const sim = await startSimulator({ port: 0 });
  sim.controls.setCallbackBehaviour({ mode: "never" });
  const gateway = createSimulatorClient(sim.baseUrl, { timeoutMs: 15_000 });
  const children: ChildProcess[] = [];
  try {
    const user = await db.user.create({
      data: { email: "bench@caisse.local", name: "Bench", role: "finance", passwordHash: "x" },
    });
    const events = Math.ceil((SECONDS * RATE) / 2);
    const warmEvents = Math.ceil((WARMUP_SECONDS * RATE) / 2);
    console.log(
      `Preparing ${events + warmEvents} paid invoices per measured app (${(events + warmEvents) * 2} deliveries, ${warmEvents * 2} of them for warm-up)…`,
    );
    let made = 0;
    const prepare = async (count: number): Promise<Copy[]> => {
      const invoices = await paidInvoices({ db, gateway, sim, createdById: user.id }, count, made);
      made += count;
      return invoices.flatMap((invoice) => invoice.copies);
    };
    // Phases 1 and 2 share one set of events (the bare handler stores them again); phase 4 makes its own.
    const shared = PHASES.has("1") || PHASES.has("2");
    const warm = shared ? await prepare(warmEvents) : [];
    const copies = shared ? await prepare(events) : [];
    /** Waits until every delivery received since `since` has its verdict (2 min at most). */
    const allProcessed = async (since: Date) => {
      const deadline = Date.now() + 120_000;
      while (
        Date.now() < deadline &&
        (await db.callbackDelivery.count({
          where: { receivedAt: { gte: since }, outcome: { in: ["received", "error"] } },
        })) > 0
      )
        await new Promise((r) => setTimeout(r, 200));
    };
    /** Warm-up, then `load` at RATE; prints what phase 1 and phase 4 report. */
    const measureFull = async (url: string, pid: number, load: Copy[], warmLoad = warm) => {
      await warmUp(url, true, warmLoad);
      const since = new Date();
      const cpuBefore = cpuMark(pid);
      const run = await offer(url, load, RATE);
      await allProcessed(since);
      const cpuAfter = cpuMark(pid);
      const [t] = await db.$queryRaw<[{ first: Date; last: Date; n: bigint; p95: number; p50: number }]>`
        SELECT MIN(received_at) AS first, MAX(processed_at) AS last, COUNT(*) AS n,
               percentile_cont(0.95) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM processed_at - received_at) * 1000) AS p95,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY EXTRACT(EPOCH FROM processed_at - received_at) * 1000) AS p50
        FROM callback_deliveries WHERE received_at >= ${since} AND outcome NOT IN ('received', 'error')`;
      const outcomes = await db.$queryRaw<{ outcome: string; n: bigint }[]>`
        SELECT outcome::text, COUNT(*) AS n FROM callback_deliveries WHERE received_at >= ${since} GROUP BY 1 ORDER BY 1`;
      const journals = await db.ledgerJournal.count({ where: { postedAt: { gte: since } } });
      const events = new Set(load.map((c) => c.body)).size / 2;
      console.log(
        `   answered 2xx: ${run.latencies.length}, failed: ${run.failed}, offered over ${run.seconds.toFixed(1)} s`,
      );
      console.log(
        `   verified deliveries/s: ${(Number(t.n) / ((t.last.getTime() - t.first.getTime()) / 1000)).toFixed(0)} (${t.n} verdicts: ${outcomes.map((o) => `${o.outcome} ${o.n}`).join(", ")})`,
      );
      console.log(`   ledger journals posted: ${journals} for ${events} events`);
      console.log(
        `   answer latency ms: p50 ${percentile(run.latencies, 50).toFixed(1)}, p95 ${percentile(run.latencies, 95).toFixed(1)}, p99 ${percentile(run.latencies, 99).toFixed(1)}, max ${percentile(run.latencies, 100).toFixed(1)}`,
      );
      console.log(`   answer p99 ms, second by second: ${secondBySecond(run.bySecond)}`);
      console.log(`   received → verdict recorded ms: p50 ${t.p50.toFixed(0)}, p95 ${t.p95.toFixed(0)}`);
      console.log(`   CPU ms per delivery: ${cpuPerDelivery(cpuBefore, cpuAfter, load.length)}`);
      return run;
    };
    const warmUp = async (url: string, processes: boolean, copies = warm) => {
      if (copies.length === 0) return;
      const since = new Date();
      const run = await offer(url, copies, RATE);
      if (processes) await allProcessed(since);
      console.log(
        `   warm-up (${copies.length} deliveries, not counted): answer p50 ${percentile(run.latencies, 50).toFixed(1)}, p99 ${percentile(run.latencies, 99).toFixed(1)}, max ${percentile(run.latencies, 100).toFixed(1)} ms; p99 second by second: ${secondBySecond(run.bySecond)}`,
      );
    };
    await sim.controls.callbacksIdle();
    sim.controls.clearRequests();

    let full: Awaited<ReturnType<typeof offer>> | null = null;
    if (PHASES.has("1")) {
      console.log(`\n1. Full processing: ${copies.length} deliveries offered at ${RATE}/s`);
      const app = await startApp({
        DATABASE_URL: database.url,
        LIGDICASH_BASE_URL: sim.baseUrl,
        POOL_SIZE: "10",
      });
      children.push(app.child);
      full = await measureFull(app.url, app.child.pid!, copies);
      app.child.kill("SIGTERM");
    }

    if (PHASES.has("2")) {
      // The same events again: the bare handler stores them as new deliveries and verifies nothing.
      const bareCopies = copies.map((c) => ({ ...c }));

      console.log(`\n2. Bare handler (store + answer only): ${bareCopies.length} deliveries at ${RATE}/s`);
      const bare = await startApp({
        DATABASE_URL: database.url,
        LIGDICASH_BASE_URL: sim.baseUrl,
        POOL_SIZE: "10",
        ENDPOINT_PROCESS: "0",
      });
      children.push(bare.child);
      await warmUp(bare.url, false);
      const bareCpu = cpuMark(bare.child.pid!);
      const bareRun = await offer(bare.url, bareCopies, RATE);
      const bareCpuAfter = cpuMark(bare.child.pid!);
      bare.child.kill("SIGTERM");
      console.log(`   answered 2xx: ${bareRun.latencies.length}, failed: ${bareRun.failed}`);
      console.log(
        `   answer latency ms: p50 ${percentile(bareRun.latencies, 50).toFixed(1)}, p95 ${percentile(bareRun.latencies, 95).toFixed(1)}, p99 ${percentile(bareRun.latencies, 99).toFixed(1)}`,
      );
      console.log(`   CPU ms per delivery: ${cpuPerDelivery(bareCpu, bareCpuAfter, bareCopies.length)}`);
      if (full)
        console.log(
          `   ratio full/bare: p50 ${(percentile(full.latencies, 50) / percentile(bareRun.latencies, 50)).toFixed(2)}×, p95 ${(percentile(full.latencies, 95) / percentile(bareRun.latencies, 95)).toFixed(2)}×, p99 ${(percentile(full.latencies, 99) / percentile(bareRun.latencies, 99)).toFixed(2)}×`,
        );
    }

    if (PHASES.has("3")) {
      console.log("\n3. LigdiCash hangs on every status query: 50 new deliveries");
      const hung = await startApp({
        DATABASE_URL: database.url,
        LIGDICASH_BASE_URL: sim.baseUrl,
        POOL_SIZE: "10",
      });
      children.push(hung.child);
      const fresh = await prepare(25);
      sim.controls.addFault({ kind: "hang" });
      const hangRun = await offer(hung.url, fresh, 100);
      console.log(
        `   answered 2xx: ${hangRun.latencies.length}/${fresh.length}, slowest answer ${percentile(hangRun.latencies, 100).toFixed(1)} ms (target < 2000)`,
      );
      sim.controls.clearFaults();
      hung.child.kill("SIGKILL");
    }

    if (PHASES.has("4")) {
      const [nextWarm, nextLoad] = [await prepare(warmEvents), await prepare(events)];
      console.log(
        `\n4. The real route on \`next start\` (production build, start command): ${nextLoad.length} fresh deliveries at ${RATE}/s`,
      );
      await sim.controls.callbacksIdle();
      const next = await startNext(database.url, sim.baseUrl);
      children.push(next.child);
      await measureFull(`${next.origin}/api/ligdicash/callback`, next.child.pid!, nextLoad, nextWarm);
      await next.stop();
    }

    if (PHASES.has("5")) {
      const overloadEvents = Math.ceil((OVERLOAD_SECONDS * OVERLOAD_RATE) / 2);
      console.log(
        `\n5. Overload on the real route: ${overloadEvents * 2} fresh deliveries at ${OVERLOAD_RATE}/s (preparing…)`,
      );
      const [burstWarm, burst] = [await prepare(warmEvents), await prepare(overloadEvents)];
      await sim.controls.callbacksIdle();
      const next = await startNext(database.url, sim.baseUrl);
      children.push(next.child);
      const url = `${next.origin}/api/ligdicash/callback`;
      await warmUp(url, true, burstWarm);
      const since = new Date();
      const started = Date.now();
      const counts = async () => {
        const [row] = await db.$queryRaw<[{ stored: bigint; verified: bigint }]>`
          SELECT COUNT(*) AS stored, COUNT(*) FILTER (WHERE outcome NOT IN ('received', 'error')) AS verified
          FROM callback_deliveries WHERE received_at >= ${since}`;
        return { stored: Number(row.stored), verified: Number(row.verified) };
      };
      const timeline: string[] = [];
      const sampler = setInterval(() => {
        void counts().then(({ stored, verified }) =>
          timeline.push(
            `${Math.round((Date.now() - started) / 1000)} s: ${stored} stored, ${verified} verified`,
          ),
        );
      }, 5_000);
      const run = await offer(url, burst, OVERLOAD_RATE);
      const burstEnded = Date.now();
      console.log(
        `   answered 2xx: ${run.latencies.length}, failed or unanswered: ${run.failed}, offered over ${run.seconds.toFixed(1)} s`,
      );
      console.log(
        `   answer latency ms: p50 ${percentile(run.latencies, 50).toFixed(1)}, p95 ${percentile(run.latencies, 95).toFixed(1)}, p99 ${percentile(run.latencies, 99).toFixed(1)}, max ${percentile(run.latencies, 100).toFixed(1)}`,
      );
      console.log(`   answer p99 ms, second by second: ${secondBySecond(run.bySecond)}`);
      const atEnd = await counts();
      console.log(`   when the burst ended: ${atEnd.stored} stored, ${atEnd.verified} verified`);
      // The backlog drains through the processing lane and the background sweeper (one pass a minute).
      const deadline = Date.now() + 10 * 60_000;
      let now = atEnd;
      while (now.verified < now.stored && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 1_000));
        now = await counts();
      }
      clearInterval(sampler);
      const answeredUnstored = run.latencies.length - now.stored;
      console.log(`   stored vs verified, every 5 s: ${timeline.join("; ")}`);
      console.log(
        `   backlog drained ${((Date.now() - burstEnded) / 1000).toFixed(0)} s after the burst: ${now.verified}/${now.stored} verified` +
          `${now.verified < now.stored ? " (NOT drained within 10 min)" : ""}; answered 2xx but not stored: ${Math.max(0, answeredUnstored)}`,
      );
      const journals = await db.ledgerJournal.count({ where: { postedAt: { gte: since } } });
      console.log(`   ledger journals posted: ${journals} for ${overloadEvents} events`);
      await next.stop();
    }
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await sim.close();
    await db.$disconnect();
    await database.drop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
