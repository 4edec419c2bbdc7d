import { writeFileSync } from "node:fs";
import path from "node:path";
import { randomUUID } from "node:crypto";
import {
  type APIRequestContext,
  type Browser,
  expect,
  request as playwrightRequest,
  test,
} from "@playwright/test";
import {
  paidInvoiceWithReceipt,
  refundToPayer,
  settleAtSimulator,
  waitForStatus,
} from "./support/customer-invoice";
import { E2E_ORIGIN } from "./support/e2e-env";
import { type StaffCredentials, createStaff, query, sessionCookie, signInApi } from "./support/staff";

// Finance staff read the payouts, a bulk batch and the callbacks on 390 px phones. With the same
// data each run, each page's height at 390 px (fr and en) goes to test-results/phone-heights.json,
// and on each page the first entry of its list starts within the phone's first screen.

const SCREENS = path.join(__dirname, "..", "test-results", "screens");
const PHONE = { width: 390, height: 844 } as const;
const DESK = { width: 1440, height: 900 } as const;

test.setTimeout(300_000);

async function post(api: APIRequestContext, url: string, data: object) {
  const response = await api.post(url, { headers: { Origin: E2E_ORIGIN }, data });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as Record<string, { id: string }>;
}

/** Twelve supplier payouts, a refund with its callbacks, a paid invoice's callbacks, an eight-line batch. */
async function seed(api: APIRequestContext) {
  const paid = await paidInvoiceWithReceipt(api);
  const refundId = await refundToPayer(api, paid.id, 5_000);
  await settleAtSimulator(api, refundId, { status: "completed" });
  await waitForStatus("payouts", refundId, "completed");
  for (let n = 1; n <= 12; n++)
    await post(api, "/api/payouts", {
      idempotencyKey: randomUUID(),
      purpose: "supplier",
      amount: 1_000 * n,
      reason: `Fournisseur ${n}`,
      destination: "mobile_money",
      recipient: { source: "typed_twice", phone: "76 00 00 02", phoneConfirm: "76 00 00 02" },
    });
  const lines = Array.from(
    { length: 8 },
    (_, i) => `76 00 00 0${(i % 2) + 2};${2_000 + i * 500};Livreur ${i + 1};Prime de tournée;mobile_money;`,
  );
  const batch = await post(api, "/api/payout-batches", {
    idempotencyKey: randomUUID(),
    fileName: "primes-livreurs.csv",
    purpose: "reward",
    file: `telephone;montant;nom;motif;destination;mode_portefeuille\n${lines.join("\n")}\n`,
  });
  const batchId = batch.batch!.id;
  // Measured once every line is with LigdiCash: the same page on every run.
  await expect
    .poll(
      async () =>
        (
          await query<{ n: string }>(
            "SELECT count(*) AS n FROM payout_batch_lines WHERE batch_id = $1 AND payout_id IS NULL",
            [batchId],
          )
        )[0]?.n,
      { timeout: 30_000 },
    )
    .toBe("0");
  return { batchId };
}

type Measure = { name: string; url: string; firstEntry: string };

async function measure(browser: Browser, staff: StaffCredentials, locale: "fr" | "en", pages: Measure[]) {
  const figures: Record<string, { height: number; firstEntryTop: number }> = {};
  for (const size of [PHONE, DESK]) {
    const context = await browser.newContext({ viewport: size, locale: locale === "fr" ? "fr-FR" : "en-GB" });
    await context.addCookies([
      (await sessionCookie(staff)).cookie,
      { name: "CAISSE_LOCALE", value: locale, url: E2E_ORIGIN },
    ]);
    const page = await context.newPage();
    for (const { name, url, firstEntry } of pages) {
      await page.goto(url);
      const entry = page.locator(firstEntry).first();
      await expect(entry).toBeVisible();
      if (size === PHONE)
        figures[name] = {
          height: await page.evaluate(() => document.documentElement.scrollHeight),
          firstEntryTop: Math.round(
            await entry.evaluate((el) => el.getBoundingClientRect().top + window.scrollY),
          ),
        };
      await page.screenshot({
        path: path.join(SCREENS, `${name}-${size.width}-${locale}.png`),
        fullPage: true,
      });
    }
    await context.close();
  }
  return figures;
}

test("the payouts, a bulk batch and the callbacks start their list within a phone's first screen", async ({
  browser,
}) => {
  const admin = await createStaff("admin", "Aminata Admin");
  const api = await playwrightRequest.newContext({ baseURL: E2E_ORIGIN });
  await signInApi(api, admin);
  const { batchId } = await seed(api);
  await api.dispose();
  const pages: Measure[] = [
    { name: "payouts", url: "/payouts", firstEntry: "[data-testid='payout-row']" },
    { name: "payout-batch", url: `/payout-batches/${batchId}`, firstEntry: "tr[data-line]" },
    { name: "callbacks", url: "/callbacks", firstEntry: "[data-testid='callback-delivery']" },
  ];
  const figures = {
    fr: await measure(browser, admin, "fr", pages),
    en: await measure(browser, admin, "en", pages),
  };
  writeFileSync(
    path.join(__dirname, "..", "test-results", "phone-heights.json"),
    `${JSON.stringify(figures, null, 2)}\n`,
  );
  for (const [locale, pagesOf] of Object.entries(figures))
    for (const [name, { firstEntryTop }] of Object.entries(pagesOf))
      expect
        .soft(firstEntryTop, `${name} (${locale}): the first entry starts within the first screen`)
        .toBeLessThan(PHONE.height - 40);
});
