import { expect, test } from "@playwright/test";
import { timeStepAt, totpCodeAt } from "@/lib/auth/two-factor/totp";
import { E2E_SIMULATOR_ORIGIN } from "./support/e2e-env";
import { requestSupplierPayout, screenshotBothWidths } from "./support/payouts";
import { createStaff, currentCode, query, signIn } from "./support/staff";

// A manager must use an authenticator app: sent to enrol after the first sign-in, then asked the
// code after the password at every sign-in, and again before approving once the last code is
// more than 10 minutes old.

test("a manager enrols an authenticator, signs in with a code, and approves with a fresh one", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const manager = await createStaff("manager", "Mariam Manager", { twoFactor: false });
  await signIn(page, manager);
  // Not enrolled yet: every page sends the manager to the enrolment page.
  await page.goto("/payouts");
  await expect(page).toHaveURL(/\/account\/security$/);
  await expect(page.getByText("activez la double authentification pour continuer")).toBeVisible();

  await page.getByRole("button", { name: "Configurer mon application" }).click();
  const qr = page.getByTestId("totp-qr");
  await expect(qr).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  const uri = (await qr.getAttribute("data-otpauth-uri"))!;
  expect(uri).toMatch(/^otpauth:\/\/totp\/Boutique%20Wend-Panga:manager-[0-9a-f]+%40e2e\.caisse\.local\?/);
  expect(new URL(uri).searchParams.get("secret")).toBe(secret);
  await screenshotBothWidths(page, "two-factor-enrol");

  // A wrong code keeps the page as it was, with a sentence.
  await page.getByLabel("Code à 6 chiffres ou code de secours").fill("000000");
  await page.getByRole("button", { name: "Activer la double authentification" }).click();
  await expect(page.getByText("Code incorrect ou déjà utilisé")).toBeVisible();
  await page
    .getByLabel("Code à 6 chiffres ou code de secours")
    .fill(totpCodeAt(secret, timeStepAt(new Date())));
  await page.getByRole("button", { name: "Activer la double authentification" }).click();
  const codes = page.getByTestId("recovery-codes").getByRole("listitem");
  await expect(codes).toHaveCount(10);
  await screenshotBothWidths(page, "two-factor-recovery-codes");
  await page.getByRole("button", { name: "Codes conservés, continuer" }).click();
  await expect(page).toHaveURL(/\/$/);

  // A new browser: the password alone opens nothing; the code does.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto("/login");
  await fresh.getByLabel("Adresse e-mail").fill(manager.email);
  await fresh.getByLabel("Mot de passe").fill(manager.password);
  await fresh.getByRole("button", { name: "Se connecter" }).click();
  const codeField = fresh.getByLabel("Code à 6 chiffres ou code de secours");
  await expect(codeField).toBeVisible({ timeout: 30_000 });
  expect((await context.cookies()).some((c) => c.name.includes("session-token"))).toBe(false);
  await screenshotBothWidths(fresh, "two-factor-sign-in-code");
  await codeField.fill("123456");
  await fresh.getByRole("button", { name: "Vérifier le code" }).click();
  await expect(fresh.getByText("Code incorrect ou déjà utilisé")).toBeVisible();
  await codeField.fill(await currentCode(manager, secret));
  await fresh.getByRole("button", { name: "Vérifier le code" }).click();
  await expect(fresh.getByTestId("current-staff")).toBeVisible({ timeout: 30_000 });

  // A payout waiting for approval, requested by finance. LigdiCash's sub-account must hold the
  // money whatever earlier journeys paid out of it: this journey is about the code, not the balance.
  const funded = await fetch(`${E2E_SIMULATOR_ORIGIN}/_sim/balances`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ orange_bf: 10_000_000, moov_bf: 10_000_000 }),
  });
  expect(funded.status).toBe(200);
  const financePage = await browser.newPage();
  await signIn(financePage, await createStaff("finance", "Fatou Finance"));
  await requestSupplierPayout(financePage, { amount: "150 000", reason: "Tissus de décembre" });
  await financePage.getByRole("button", { name: "Confirmer la demande d'approbation" }).click();
  await expect(financePage.getByTestId("payout-status")).toHaveAttribute("data-status", "awaiting_approval");
  const payoutId = new URL(financePage.url()).pathname.split("/").pop()!;
  await financePage.close();

  // Eleven minutes later (the session's last code moved back): approving asks a fresh code.
  await query(
    `UPDATE staff_sessions SET second_factor_at = now() - interval '11 minutes' WHERE user_id = $1`,
    [manager.id],
  );
  await fresh.goto(`/payouts/${payoutId}`);
  await fresh.getByRole("button", { name: "Approuver et envoyer" }).click();
  await fresh
    .getByRole("dialog", { name: "Approuver et envoyer ce versement ?" })
    .getByTestId("confirm-dialog-confirm")
    .click();
  const stepUp = fresh.getByRole("dialog", { name: "Confirmez avec un code" });
  await expect(stepUp).toBeVisible();
  await expect(fresh.getByTestId("payout-status")).toHaveAttribute("data-status", "awaiting_approval");
  await screenshotBothWidths(fresh, "two-factor-step-up");
  await stepUp.getByLabel("Code à 6 chiffres ou code de secours").fill(await currentCode(manager, secret));
  await stepUp.getByRole("button", { name: "Confirmer" }).click();
  await expect(fresh.getByTestId("payout-status")).toHaveAttribute("data-status", "pending", {
    timeout: 15_000,
  });
  const audit = await query<{ action: string }>(
    `SELECT action FROM audit_log WHERE target_id = $1 AND action = 'payout.approved'`,
    [payoutId],
  );
  expect(audit).toHaveLength(1);
  await context.close();
});
