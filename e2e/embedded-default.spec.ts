import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Page, expect, test } from "@playwright/test";
import pg from "pg";
import { killServer } from "@/scripts/lib/embedded-postgres/cluster";
import { enrolThroughPage, signIn } from "./support/staff";

// The README's first command on its embedded defaults: no DATABASE_URL, no LigdiCash configured,
// so Caisse runs its own PostgreSQL server. Started three times on the same data folder — after
// an orderly stop, then after a kill -9 in the middle of requests — each start must find the data.
// Ports derived from the journeys' port so parallel runs on one machine do not collide.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 100;
const DB_PORT = 55340 + PORT - 3000;
// Outside the checkout: run as root, the server's `postgres` account must be able to enter it,
// and a checkout may sit under a folder it cannot enter (docs/embedded-database.md).
const DATA_DIR = path.join(tmpdir(), `caisse-embedded-e2e-${PORT}`);
const origin = `http://localhost:${PORT}`;

type Running = { process: ChildProcess; output: () => string };

function startCaisse(): Running {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(PORT),
    CAISSE_DATA_DIR: DATA_DIR,
    EMBEDDED_DB_PORT: String(DB_PORT),
    SIMULATOR_PORT: String(PORT + 1000),
    CAISSE_PUBLIC_URL: origin,
  };
  delete env.DATABASE_URL;
  delete env.LIGDICASH_BASE_URL;
  // Its own process group, so stopping it takes down tsx, the start script and Next.js together.
  const child = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], {
    env,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { process: child, output: () => output };
}

async function waitUntilHealthy(running: Running): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (running.process.exitCode !== null) throw new Error(`Caisse exited early:\n${running.output()}`);
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Caisse did not become healthy:\n${running.output()}`);
}

/** The embedded server as the start command left it: its port, its generated password. */
async function embeddedQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const password = readFileSync(path.join(DATA_DIR, "postgres-password"), "utf8").trim();
  const client = new pg.Client({
    host: "127.0.0.1",
    port: DB_PORT,
    user: "postgres",
    password,
    database: "caisse",
  });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Twenty refunds of what is left to refund on one paid invoice, sent at the same instant. */
async function refundAllAtOnce(page: Page, invoiceId: string, amount: number) {
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      page.request.post(`${origin}/api/payouts`, {
        headers: { Origin: origin },
        data: {
          idempotencyKey: `embedded-${randomBytes(8).toString("hex")}`,
          invoiceId,
          purpose: "refund",
          amount,
          reason: `Remboursement concurrent ${i + 1}`,
          destination: "mobile_money",
          recipient: { source: "verified_payer" },
        },
      }),
    ),
  );
  return Promise.all(answers.map(async (a) => ({ status: a.status(), body: (await a.json()) as unknown })));
}

/** SIGKILL to the whole start command (tsx, the script, Next.js): a crash, no cleanup at all. */
function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Signals the start command's whole process group; a group already gone is not an error. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    /* every process of the group has exited */
  }
}

async function kill(running: Running): Promise<void> {
  const { process: child } = running;
  if (hasExited(child)) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalGroup(child, "SIGKILL");
  await exited;
}

async function stop(running: Running): Promise<void> {
  const { process: child } = running;
  if (hasExited(child)) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  signalGroup(child, "SIGTERM");
  const killer = setTimeout(() => signalGroup(child, "SIGKILL"), 15_000);
  await exited;
  clearTimeout(killer);
}

test.describe.configure({ timeout: 300_000 });

test("embedded default: serves the French overview and keeps its data across restarts", async ({ page }) => {
  killServer(path.join(DATA_DIR, "postgres", "data")); // a server an earlier, interrupted run left
  rmSync(DATA_DIR, { recursive: true, force: true });
  mkdirSync(DATA_DIR, { recursive: true });
  chmodSync(DATA_DIR, 0o755);
  const first = startCaisse();
  try {
    await waitUntilHealthy(first);
    expect(first.output()).toMatch(/Base de données embarquée \(PostgreSQL\)/);
    const password = /Mot de passe \/ password : (\S+)/.exec(first.output())?.[1];
    expect(password).toBeTruthy();
    await page.goto(origin);
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, { email: "admin@caisse.local", password: password! }, origin);
    // An admin must use two-factor sign-in: the first sign-in leads to enrolment.
    await expect(page).toHaveURL(/\/account\/security$/);
    await enrolThroughPage(page, origin);
    await page.getByRole("button", { name: "Codes conservés, continuer" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
    await expect(page.getByText("Commande #1093")).toBeVisible();
  } finally {
    await stop(first);
  }

  const second = startCaisse();
  let refunded: { id: string; total: number };
  try {
    await waitUntilHealthy(second);
    expect(second.output()).toMatch(/Schéma à jour/);
    expect(second.output()).not.toMatch(/Mot de passe/);
    // The session signed by the first run's secret (kept in the data folder) is still valid.
    await page.goto(origin);
    await expect(page.getByText("Commande #1093")).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/embedded-overview.png", fullPage: true });

    // Real PostgreSQL under the default: twenty refunds of the whole amount left, at once.
    const [invoice] = await embeddedQuery<{ id: string; total: number }>(
      `SELECT i.id, i.total_amount AS total FROM invoices i
        WHERE i.status = 'completed' AND NOT EXISTS (SELECT 1 FROM payouts p WHERE p.invoice_id = i.id)
        ORDER BY i.total_amount LIMIT 1`,
    );
    refunded = invoice!;
    const answers = await refundAllAtOnce(page, refunded.id, refunded.total);
    expect(answers.map((a) => a.status).filter((s) => s >= 500)).toEqual([]);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    // The others are told the amount is no longer refundable, in the usual error shape.
    for (const refused of answers.filter((a) => a.status !== 201)) {
      expect(refused).toMatchObject({
        status: 422,
        body: { error: { code: "validation_failed", details: { rule: "refund_exceeds" } } },
      });
    }
    const payouts = await embeddedQuery<{ status: string }>(
      "SELECT status FROM payouts WHERE invoice_id = $1",
      [refunded.id],
    );
    expect(payouts).toHaveLength(1);
    expect(payouts[0]!.status).not.toBe("outcome_unknown");

    // A crash in the middle of requests: page loads in flight when everything is killed.
    const inFlight = Array.from({ length: 5 }, () => fetch(`${origin}/api/health`).catch(() => undefined));
    await kill(second);
    await Promise.all(inFlight);
  } finally {
    await stop(second);
  }

  const third = startCaisse();
  try {
    await waitUntilHealthy(third);
    expect(third.output()).toMatch(/Schéma à jour/);
    await page.goto(origin);
    await expect(page.getByText("Commande #1093")).toBeVisible();
    const payouts = await embeddedQuery<{ amount: number }>(
      "SELECT amount FROM payouts WHERE invoice_id = $1",
      [refunded.id],
    );
    expect(payouts.map((p) => p.amount)).toEqual([refunded.total]);
  } finally {
    await stop(third);
  }
});
