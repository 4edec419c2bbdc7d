import { readFileSync } from "node:fs";
import { randomBytes, randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { E2E_ORIGIN, E2E_SIMULATOR_ORIGIN } from "./support/e2e-env";
import { createStaff, query, signIn } from "./support/staff";

// Many people paid from one sheet: a file with errors shows them line by line and stores nothing;
// the fixed file becomes one batch that another manager approves; its progress bar fills live
// as the lines are sent, and the result downloads as a spreadsheet.

test.setTimeout(180_000);

/** Money in an operator's sub-account, as a verified payin leaves it in the ledger. */
async function fundOperator(operator: "orange_bf" | "moov_bf", amount: number) {
  const id = `e2e${randomBytes(10).toString("hex")}`;
  await query(
    `WITH journal AS (INSERT INTO ledger_journals (id, posting_key, description) VALUES ($1, $2, 'Fonds de test') RETURNING id)
     INSERT INTO ledger_entries (journal_id, account, operator, amount)
     SELECT id, $3, $4, $5::bigint FROM journal UNION ALL SELECT id, 'counterparty:customers', NULL, -$5::bigint FROM journal`,
    [id, `e2e:fund:${id}`, `operator:${operator}`, operator, amount],
  );
}

const HEADER = "telephone;montant;nom;motif;destination;mode_portefeuille";

function sheet(lines: string[]) {
  return {
    name: "paie-decembre.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${[HEADER, ...lines].join("\r\n")}\r\n`),
  };
}

async function screenshots(page: Page, name: string) {
  for (const width of [390, 1440]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("upload with errors, fix, approve as another manager, watch it finish, download the result", async ({
  page,
  browser,
}) => {
  await fundOperator("orange_bf", 10_000_000);
  await fundOperator("moov_bf", 10_000_000);
  const finance = await createStaff("finance", "Fatou Finance");
  await signIn(page, finance);
  await page.goto("/payout-batches");
  await page.getByRole("link", { name: "Nouveau versement groupé" }).click();
  await expect(page).toHaveURL(/\/payout-batches\/new$/);

  const good = [
    "70 11 22 31;50 000;Awa;Paie décembre;mobile_money;",
    "76 11 22 32;40 000;Issa;Paie décembre;mobile_money;",
  ];
  await page
    .getByTestId("batch-file")
    .setInputFiles(sheet([...good, "123;12 500;Ali;Paie décembre;mobile_money;"]));
  const errors = page.getByTestId("line-errors");
  await expect(errors.locator("[data-line='4']")).toContainText("Ligne 4");
  await expect(page.getByRole("button", { name: "Créer le versement groupé" })).toBeDisabled();
  await screenshots(page, "payout-batch-errors");
  const before = await query<{ n: string }>("SELECT count(*) AS n FROM payout_batches");

  await page
    .getByTestId("batch-file")
    .setInputFiles(sheet([...good, "70 11 22 33;12 500;Ali;Paie décembre;mobile_money;"]));
  await expect(page.getByTestId("line-errors")).toHaveCount(0);
  await expect(page.getByTestId("operator-totals")).toContainText("Moov Money");
  expect((await query<{ n: string }>("SELECT count(*) AS n FROM payout_batches"))[0]?.n).toBe(before[0]?.n);
  await screenshots(page, "payout-batch-preview");
  await page.getByRole("button", { name: "Créer le versement groupé" }).click();
  await expect(page).toHaveURL(/\/payout-batches\/[a-z0-9]+$/);
  await expect(page.getByTestId("batch-status")).toHaveAttribute("data-status", "awaiting_approval");
  const batchUrl = new URL(page.url()).pathname;

  const managerContext = await browser.newContext();
  const manager = await managerContext.newPage();
  await signIn(manager, await createStaff("manager", "Moussa Manager"));
  await manager.goto(batchUrl);
  await manager.getByRole("button", { name: "Approuver et envoyer" }).click();
  await manager.getByTestId("confirm-dialog-confirm").click();

  // The requester's page follows on its own: the bar fills as the worker sends the lines.
  const bar = page.getByTestId("batch-progress");
  await expect(bar).toHaveAttribute("aria-valuenow", "3", { timeout: 90_000 });
  await expect(page.getByTestId("batch-status")).toHaveAttribute("data-status", "finished", {
    timeout: 30_000,
  });
  await expect(page.getByTestId("count-sent")).toContainText("3");
  await screenshots(page, "payout-batch-detail");

  const download = page.waitForEvent("download");
  await page.getByTestId("batch-export").click();
  const file = readFileSync(await (await download).path(), "utf8");
  expect(file.startsWith("\uFEFFligne;telephone;nom;montant")).toBe(true);
  expect(file.trim().split("\r\n")).toHaveLength(4);
  expect(file).toContain("22670112231");

  await page.goto("/payout-batches");
  await expect(page.getByRole("link", { name: "paie-decembre.csv" }).first()).toBeVisible();
  await screenshots(page, "payout-batches-list");
  await managerContext.close();
});

/** Payouts the batch's lines were handed to (a line has one payout ever, claim-line.ts). */
async function linesSent(batchId: string): Promise<number> {
  const [row] = await query<{ n: string }>(
    "SELECT count(*) AS n FROM payout_batch_lines WHERE batch_id = $1 AND payout_id IS NOT NULL",
    [batchId],
  );
  return Number(row?.n);
}

/** Merchant payouts LigdiCash (the simulator) was asked for, for this batch's lines. */
async function payoutCallsFor(batchId: string): Promise<number> {
  const ids = new Set(
    (
      await query<{ payout_id: string }>(
        "SELECT payout_id FROM payout_batch_lines WHERE batch_id = $1 AND payout_id IS NOT NULL",
        [batchId],
      )
    ).map((r) => r.payout_id),
  );
  const log = (await (await fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/requests`)).json()) as {
    endpoint: string | null;
    body: unknown;
  }[];
  return log.filter(
    (r) =>
      (r.endpoint === "E6" || r.endpoint === "E7") &&
      [...ids].some((id) => JSON.stringify(r.body).includes(id)),
  ).length;
}

test("pause, resume and cancel a batch that is sending, by their buttons", async ({ page }) => {
  await fundOperator("orange_bf", 10_000_000);
  await fundOperator("moov_bf", 10_000_000);
  // LigdiCash answers each payout after 2.5 s: with three lines in flight, fifteen lines take a
  // dozen seconds, long enough to press each button while lines are still waiting.
  const fault = await fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/faults`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ kind: "delay", delayMs: 2_500, endpoints: ["E6", "E7"] }),
  });
  expect(fault.status).toBeLessThan(300);
  try {
    const finance = await createStaff("finance", "Fatou Finance");
    await signIn(page, finance);
    const lines = Array.from(
      { length: 15 },
      (_, i) => `70 11 23 ${String(10 + i)};1 000;Livreur ${i + 1};Prime;mobile_money;`,
    );
    const created = await page.request.post("/api/payout-batches", {
      headers: { Origin: E2E_ORIGIN },
      data: {
        idempotencyKey: randomUUID(),
        fileName: "primes-livreurs.csv",
        purpose: "reward",
        file: `${HEADER}\n${lines.join("\n")}\n`,
      },
    });
    expect(created.status(), await created.text()).toBe(201);
    const batchId = ((await created.json()) as { batch: { id: string; status: string } }).batch.id;
    await page.goto(`/payout-batches/${batchId}`);
    const status = page.getByTestId("batch-status");
    const sentCount = page.getByTestId("count-sent");
    await expect(status).toHaveAttribute("data-status", "sending");
    await expect.poll(() => linesSent(batchId), { timeout: 30_000 }).toBeGreaterThan(0);

    // Pause: the lines already handed over finish; no further line leaves.
    await page.getByRole("button", { name: "Mettre en pause" }).click();
    await expect(status).toHaveAttribute("data-status", "paused");
    await expect(status).toHaveText("En pause");
    await expect(page.getByTestId("batch-state-note")).toContainText("aucune autre ligne ne part");
    const atPause = await linesSent(batchId);
    expect(atPause).toBeLessThan(15);
    await screenshots(page, "payout-batch-paused");
    // Three answer delays: a line claimed while paused would have been sent by now.
    await page.waitForTimeout(7_500);
    expect(await linesSent(batchId)).toBe(atPause);
    expect(await payoutCallsFor(batchId)).toBe(atPause);
    await expect(sentCount).toContainText(String(atPause));
    await expect(page.getByRole("button", { name: "Reprendre" })).toBeVisible();

    // Resume: the sending carries on from where it stopped.
    await page.getByRole("button", { name: "Reprendre" }).click();
    await expect(status).toHaveAttribute("data-status", "sending");
    await expect(status).toHaveText("Envoi en cours");
    await expect.poll(() => linesSent(batchId), { timeout: 30_000 }).toBeGreaterThan(atPause);

    // Cancel: the lines not sent yet never leave; those sent carry on untouched.
    await page.getByRole("button", { name: "Annuler les lignes non envoyées" }).click();
    await page.getByTestId("confirm-dialog-confirm").click();
    await expect(status).toHaveAttribute("data-status", "cancelled");
    await expect(status).toHaveText("Annulé");
    const atCancel = await linesSent(batchId);
    expect(atCancel).toBeLessThan(15);
    await page.waitForTimeout(7_500);
    expect(await linesSent(batchId)).toBe(atCancel);
    expect(await payoutCallsFor(batchId)).toBe(atCancel);
    const sentStates = await query<{ status: string }>(
      `SELECT p.status::text AS status FROM payout_batch_lines l JOIN payouts p ON p.id = l.payout_id WHERE l.batch_id = $1`,
      [batchId],
    );
    expect(sentStates.map((p) => p.status).filter((s) => s === "cancelled")).toEqual([]);
    await expect(page.getByTestId("batch-state-note")).toContainText("ne partiront jamais");
    await expect(page.getByTestId("count-notSent")).toContainText(String(15 - atCancel));
    await expect(page.getByRole("cell", { name: "Jamais envoyé (annulé)" })).toHaveCount(15 - atCancel);
    await expect(page.getByRole("button", { name: "Reprendre" })).toHaveCount(0);
    await screenshots(page, "payout-batch-cancelled");
  } finally {
    await fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/faults`, { method: "DELETE" });
  }
});
