import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { createStaff, query, signIn } from "./support/staff";

// Forms say what each field needs in their own words, all at once, and an error goes as soon as
// its field is right; amounts are typed the way staff write them, on every form.

test("the invoice form flags every field at once, clears each as it is fixed, and formats the limits", async ({
  page,
}) => {
  await signIn(page, await createStaff("finance", "Fatou Finance"));
  await page.goto("/invoices/new");
  await page.getByRole("button", { name: "Créer la facture" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Corrigez les champs signalés ci-dessous.",
  );
  // One round: every missing field is named, none of zod's own sentences.
  for (const message of [
    "Indiquez le prénom du client.",
    "Indiquez le nom du client.",
    "Adresse e-mail invalide (ex. awa@exemple.bf).",
    "Nommez l'article.",
    "Prix : un nombre entier de FCFA (sans décimales).",
    "Ajoutez une description pour le client.",
  ])
    await expect(page.getByText(message)).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText("Trop petit");

  await page.getByLabel("Prénom", { exact: true }).fill("Awa");
  await expect(page.getByText("Indiquez le prénom du client.")).toBeHidden();
  await expect(page.getByText("Indiquez le nom du client.")).toBeVisible();

  const line = page.getByRole("group", { name: "Article 1" });
  await line.getByLabel("Article", { exact: true }).fill("Moto");
  await line.getByLabel("Prix unitaire (FCFA)").fill("1.200.000");
  await expect(page.getByTestId("invoice-total")).toHaveText("1\u202f200\u202f000\u00a0FCFA");
  await expect(
    page.getByText("Le total ne peut pas dépasser 1\u202f000\u202f000\u00a0FCFA : fractionnez la facture."),
  ).toBeVisible();
  await line.getByLabel("Prix unitaire (FCFA)").fill("10");
  await expect(page.getByText("Le total doit être d'au moins 20\u00a0FCFA.")).toBeVisible();
  await line.getByLabel("Prix unitaire (FCFA)").fill("20 000");
  await expect(page.getByText(/Le total (doit|ne peut)/)).toHaveCount(0);
  await page.screenshot({ path: "test-results/screenshots/invoice-form-errors.png", fullPage: true });
});

test("the transactions amount filter reads '20 000' like every other amount field", async ({ page }) => {
  const manager = await createStaff("manager", "Moussa Manager");
  const tag = `filtre${randomBytes(4).toString("hex")}`;
  const ids: Record<number, string> = {};
  for (const amount of [5_000, 20_000, 35_000]) {
    ids[amount] = `e2einv${randomBytes(8).toString("hex")}`;
    await query(
      `INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description, customer_firstname, customer_lastname, customer_email, created_by_id, updated_at)
       VALUES ($1, $2, $3, 'hosted', 'completed', $4, $5, 'Awa', 'Ouedraogo', 'awa@example.bf', $6, now())`,
      [
        ids[amount],
        randomBytes(12).toString("hex"),
        randomBytes(12).toString("hex"),
        amount,
        `Commande ${tag}`,
        manager.id,
      ],
    );
  }
  await signIn(page, manager);
  await page.goto(`/transactions?q=${tag}`);
  await page.getByLabel("Montant min. (FCFA)").fill("20 000");
  await page.getByLabel("Montant max. (FCFA)").fill("20.000 FCFA");
  await page.getByLabel("Montant max. (FCFA)").press("Enter");
  await expect(page).toHaveURL(/minAmount=20/);
  await expect(page.getByRole("alert").filter({ hasText: "Certains filtres sont invalides" })).toHaveCount(0);
  await expect(page.getByTestId(`transaction-${ids[20_000]}`)).toBeVisible();
  await expect(page.getByTestId(`transaction-${ids[5_000]}`)).toHaveCount(0);
  await expect(page.getByTestId(`transaction-${ids[35_000]}`)).toHaveCount(0);
});
