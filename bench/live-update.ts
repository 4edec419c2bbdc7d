// Live update benchmark: how long after a verified change an open ledger page shows it, with no
// reload. Prints figures; asserts nothing.
//
//   npx tsx --conditions=react-server bench/live-update.ts        # 30 payments, one a second
//   BENCH_PAYMENTS=100 BENCH_INTERVAL_MS=300 npx tsx --conditions=react-server bench/live-update.ts
//
// Set-up: a fresh database on TEST_DATABASE_URL, the LigdiCash simulator on loopback, Caisse by
// its start command (production build, `next start`), and a manager's ledger page open in
// Chromium. Each payment is settled at the simulator and its JSON callback posted to the real
// route; Caisse verifies it with LigdiCash and posts the journal (the verified change, stamped
// `posted_at`), NOTIFY → SSE → TanStack Query refetch → the journal is in the page. A
// MutationObserver in the page stamps when each journal appears (same machine, same clock).
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { hashPassword } from "@/lib/auth/password";
import { createDb } from "@/lib/db/client";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { createTestDatabase } from "@/test/support/database";
import { startSimulator } from "@/simulator/server";
import { startNext } from "./support/next-app";
import { paidInvoices } from "@/test/support/callbacks/paid-invoices";
import { percentile } from "./support/percentile";

const PAYMENTS = Number(process.env.BENCH_PAYMENTS ?? 30);
const INTERVAL_MS = Number(process.env.BENCH_INTERVAL_MS ?? 1000);

const figures = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(0)}, p95 ${percentile(values, 95).toFixed(0)}, max ${percentile(values, 100).toFixed(0)} ms`;

async function main() {
  const database = await createTestDatabase();
  const db = createDb(database.url, 4);
  const sim = await startSimulator({ port: 0 });
  sim.controls.setCallbackBehaviour({ mode: "never" });
  const gateway = createSimulatorClient(sim.baseUrl, { timeoutMs: 15_000 });
  const app = await startNext(database.url, sim.baseUrl);
  const browser = await chromium.launch({
    executablePath: ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p)),
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const password = "bench-live-password";
    const manager = await db.user.create({
      data: {
        email: "live@caisse.local",
        name: "Live",
        role: "manager",
        passwordHash: await hashPassword(password),
      },
    });

    const page = await (await browser.newContext({ locale: "fr-FR", baseURL: app.origin })).newPage();
    await page.goto("/login");
    await page.getByLabel("Adresse e-mail").fill(manager.email);
    await page.getByLabel("Mot de passe").fill(password);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByTestId("current-staff").waitFor();
    await page.goto("/ledger");
    await page.locator('[data-testid="live-mode"][data-mode="live"]').waitFor({ timeout: 15_000 });
    await page.evaluate(() => {
      const seen: Record<string, number> = {};
      (window as unknown as { __seen: Record<string, number> }).__seen = seen;
      new MutationObserver(() => {
        const now = Date.now();
        for (const node of document.querySelectorAll<HTMLElement>("[data-journal-id]"))
          seen[node.dataset.journalId!] ??= now;
      }).observe(document.body, { childList: true, subtree: true });
    });

    const commitToVisible: number[] = [];
    const callbackToVisible: number[] = [];
    let missed = 0;
    for (let i = 0; i < PAYMENTS; i++) {
      // Made just before its callback: reconciliation (first re-ask after 1 min) must not settle it first.
      const [invoice] = await paidInvoices({ db, gateway, sim, createdById: manager.id }, 1, i);
      if (!invoice) throw new Error("no invoice");
      const sent = Date.now();
      const response = await fetch(`${app.origin}/api/ligdicash/callback`, {
        method: "POST",
        headers: { "Content-Type": invoice.copies[0]!.contentType },
        body: invoice.copies[0]!.body,
      });
      const answer = await response.text();
      if (!response.ok) throw new Error(`callback answered ${response.status}: ${answer}`);
      const visible = await page
        .waitForFunction(
          (invoiceId) => {
            const seen = (window as unknown as { __seen: Record<string, number> }).__seen;
            const link = document
              .querySelector(`[data-journal-id] a[href="/invoices/${invoiceId}"]`)
              ?.closest<HTMLElement>("[data-journal-id]");
            return link
              ? { journalId: link.dataset.journalId!, at: seen[link.dataset.journalId!] ?? Date.now() }
              : null;
          },
          invoice.id,
          { timeout: 10_000, polling: 50 },
        )
        .then(
          (handle) => handle.jsonValue() as Promise<{ journalId: string; at: number }>,
          () => null,
        );
      if (!visible) {
        missed += 1;
        continue;
      }
      const journal = await db.ledgerJournal.findUniqueOrThrow({
        where: { id: visible.journalId },
        select: { postedAt: true },
      });
      commitToVisible.push(visible.at - journal.postedAt.getTime());
      callbackToVisible.push(visible.at - sent);
      await new Promise((r) => setTimeout(r, Math.max(0, INTERVAL_MS - (Date.now() - sent))));
    }
    console.log(
      `Live updates on an open ledger page (next start, SSE), ${PAYMENTS} payments ${INTERVAL_MS} ms apart:`,
    );
    console.log(
      `   verified change (journal posted) → visible in the page: ${figures(commitToVisible)} (target < 1000)`,
    );
    console.log(`   callback posted → visible in the page:                  ${figures(callbackToVisible)}`);
    console.log(`   not visible within 10 s: ${missed}`);
  } finally {
    await browser.close();
    await app.stop();
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
