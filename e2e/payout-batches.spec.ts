import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
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
