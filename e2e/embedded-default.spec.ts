import { type ChildProcess, spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { signIn } from "./support/staff";

// The README's first command on its embedded defaults: no DATABASE_URL, no LigdiCash configured.
// Started twice on the same data folder: the second start must find the first one's data.
// Ports derived from the journeys' port so parallel runs on one machine do not collide.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 100;
const DATA_DIR = `test-results/embedded-data-${PORT}`;
const origin = `http://localhost:${PORT}`;

type Running = { process: ChildProcess; output: () => string };

function startCaisse(): Running {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(PORT), CAISSE_DATA_DIR: DATA_DIR, EMBEDDED_DB_PORT: String(55340 + PORT - 3000), SIMULATOR_PORT: String(PORT + 1000), CAISSE_PUBLIC_URL: origin };
  delete env.DATABASE_URL;
  delete env.LIGDICASH_BASE_URL;
  // Its own process group, so stopping it takes down tsx, the start script and Next.js together.
  const child = spawn("node_modules/.bin/tsx", ["scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { process: child, output: () => output };
}

async function waitUntilHealthy(running: Running): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (running.process.exitCode !== null) throw new Error(`Caisse exited early:\n${running.output()}`);
    const ok = await fetch(`${origin}/api/health`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`Caisse did not become healthy:\n${running.output()}`);
}

async function stop(running: Running): Promise<void> {
  const { process: child } = running;
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  const killer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 15_000);
  await exited;
  clearTimeout(killer);
}

test.describe.configure({ timeout: 300_000 });

test("embedded default: serves the French overview and keeps its data across restarts", async ({ page }) => {
  rmSync(DATA_DIR, { recursive: true, force: true });
  const first = startCaisse();
  try {
    await waitUntilHealthy(first);
    expect(first.output()).toMatch(/Base de données embarquée \(PGlite\)/);
    const password = /Mot de passe \/ password : (\S+)/.exec(first.output())?.[1];
    expect(password).toBeTruthy();
    await page.goto(origin);
    await expect(page).toHaveURL(/\/login/);
    await signIn(page, { email: "admin@caisse.local", password: password! }, origin);
    await expect(page.getByRole("heading", { level: 1, name: "Vue d'ensemble" })).toBeVisible();
    await expect(page.getByText("Commande #1093")).toBeVisible();
  } finally {
    await stop(first);
  }

  const second = startCaisse();
  try {
    await waitUntilHealthy(second);
    expect(second.output()).toMatch(/Schéma à jour/);
    expect(second.output()).not.toMatch(/Mot de passe/);
    // The session signed by the first run's secret (kept in the data folder) is still valid.
    await page.goto(origin);
    await expect(page.getByText("Commande #1093")).toBeVisible();
    await page.screenshot({ path: "test-results/screenshots/embedded-overview.png", fullPage: true });
  } finally {
    await stop(second);
  }
});
