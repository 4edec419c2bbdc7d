import path from "node:path";
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { E2E_ORIGIN } from "./support/e2e-env";
import { createStaff, query, signIn } from "./support/staff";

// A wrong journal is corrected from the ledger page by a manager: a reason, a reversing journal
// beside the original (never an edit), the balance back where it was, and an audit record.

const SCREENSHOTS = path.join(__dirname, "..", "test-results", "screenshots");

/** A balanced journal on one operator's sub-account, as a verified payin would post it. */
async function postedJournal(amount: number, operator: string): Promise<{ id: string; postingKey: string }> {
  const id = `e2e${randomBytes(10).toString("hex")}`;
  const postingKey = `e2e:wrong:${id}`;
  await query(
    `WITH journal AS (INSERT INTO ledger_journals (id, posting_key, description) VALUES ($1, $2, 'Paiement saisi deux fois') RETURNING id)
     INSERT INTO ledger_entries (journal_id, account, operator, amount)
     SELECT id, 'operator:' || $3, $3, $4::int FROM journal UNION ALL SELECT id, 'counterparty:customers', NULL, -$4::int FROM journal`,
    [id, postingKey, operator, amount],
  );
  return { id, postingKey };
}

/** What the given journals add to one operator's balance (other journeys post at the same time). */
const netOn = async (operator: string, journalIds: string[]) =>
  Number(
    (
      await query<{ sum: string | null }>(
        `SELECT SUM(amount) AS sum FROM ledger_entries WHERE operator = $1 AND journal_id = ANY($2)`,
        [operator, journalIds],
      )
    )[0]?.sum ?? 0,
  );

test("a manager reverses a wrong journal with a reason: both stay in the books and cancel out, the audit log says who", async ({
  page,
}) => {
  const manager = await createStaff("manager");
  const wrong = await postedJournal(1_250, "moov_bf");
  await signIn(page, manager);
  await page.goto("/ledger");
  const journal = page.locator(`[data-journal-id="${wrong.id}"]`);
  await expect(journal).toContainText("+1\u202f250\u00a0FCFA");

  await journal.getByRole("button", { name: `Contre-passer ${wrong.postingKey}` }).click();
  const form = journal.getByRole("form", { name: "Contre-passer cette écriture" });
  await form.getByLabel("Motif").fill("Doublon de saisie");
  await page.screenshot({ path: path.join(SCREENSHOTS, "ledger-reversal-form.png"), fullPage: true });
  expect(await netOn("moov_bf", [wrong.id])).toBe(1_250);
  await form.getByRole("button", { name: "Confirmer la contre-passation" }).click();

  await expect(journal.getByText("Contre-passée", { exact: true })).toBeVisible();
  await expect(journal.getByRole("button", { name: /Contre-passer/ })).toHaveCount(0);
  const [reversal] = await query<{ id: string; description: string }>(
    `SELECT id, description FROM ledger_journals WHERE reverses_id = $1`,
    [wrong.id],
  );
  expect(reversal?.description).toBe(`Contre-passation de ${wrong.postingKey} : Doublon de saisie`);
  const reversalItem = page.locator(`[data-journal-id="${reversal!.id}"]`);
  await expect(reversalItem.getByText("Contre-passation", { exact: true })).toBeVisible();
  await expect(reversalItem).toContainText("\u22121\u202f250\u00a0FCFA");
  await expect(reversalItem).toContainText("Contre-passation : Doublon de saisie");
  await expect(reversalItem.getByRole("button", { name: /Contre-passer/ })).toHaveCount(0);
  expect(await netOn("moov_bf", [wrong.id, reversal!.id])).toBe(0);

  const audit = await query<{ actor_email: string; after: { reason: string; reversalId: string } }>(
    `SELECT actor_email, after FROM audit_log WHERE action = 'ledger.journal_reversed' AND target_id = $1`,
    [wrong.id],
  );
  expect(audit).toEqual([
    { actor_email: manager.email, after: { reason: "Doublon de saisie", reversalId: reversal!.id } },
  ]);

  // A second attempt (another tab, a retried request) is refused with the reason, and posts nothing.
  const again = await page.request.post(`/api/ledger/journals/${wrong.id}/reverse`, {
    data: { reason: "encore" },
    headers: { Origin: E2E_ORIGIN },
  });
  expect(again.status()).toBe(409);
  expect(
    ((await again.json()) as { error: { details: { fields: { message: string }[] } } }).error.details
      .fields[0]?.message,
  ).toBe("Cette écriture a déjà été contre-passée.");
  expect(await query(`SELECT id FROM ledger_journals WHERE reverses_id = $1`, [wrong.id])).toHaveLength(1);
  await page.screenshot({ path: path.join(SCREENSHOTS, "ledger-reversed.png"), fullPage: true });
});

test("finance staff see the ledger without the reverse action", async ({ page }) => {
  const finance = await createStaff("finance");
  const journal = await postedJournal(800, "orange_bf");
  await signIn(page, finance);
  await page.goto("/ledger");
  const item = page.locator(`[data-journal-id="${journal.id}"]`);
  await expect(item).toContainText("+800\u00a0FCFA");
  await expect(item.getByRole("button", { name: /Contre-passer/ })).toHaveCount(0);
});
