import path from "node:path";
import { randomBytes, randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import {
  type APIRequestContext,
  type Browser,
  type Page,
  expect,
  request as playwrightRequest,
  test,
} from "@playwright/test";
import { findRawWords } from "../test/support/raw-words";
import {
  paidInvoiceWithReceipt,
  createHostedInvoice,
  refundToPayer,
  settleAtSimulator,
  waitForStatus,
} from "./support/customer-invoice";
import { E2E_ORIGIN } from "./support/e2e-env";
import { type StaffCredentials, createStaff, query, sessionCookie, signInApi } from "./support/staff";

// Every staff page, with data, on a phone (390×844) and a desk (1440×900), in French and in
// English: nothing wider than the screen, no developer's word in the visible text
// (test/support/raw-words.ts), no serious or critical axe fault, and a screenshot of each for a
// person to look at. One browser context per language and width; the data is seeded once.

const SCREENS = path.join(__dirname, "..", "test-results", "screens");
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
] as const;
const LOCALES = ["fr", "en"] as const;

// Four sweeps of twenty-two pages with axe on each: minutes on a loaded two-core machine.
test.setTimeout(600_000);

type Seeded = Awaited<ReturnType<typeof seed>>;

/** A paid invoice with its callbacks, a completed refund, a payout, a reversed journal, an open link. */
async function seed(api: APIRequestContext) {
  const paid = await paidInvoiceWithReceipt(api);
  const refundId = await refundToPayer(api, paid.id, 5_000);
  await settleAtSimulator(api, refundId, { status: "completed" });
  await waitForStatus("payouts", refundId, "completed");
  const open = await createHostedInvoice(api, { customerPhone: "70 00 00 03" });
  const payout = await api.post("/api/payouts", {
    headers: { Origin: E2E_ORIGIN },
    data: {
      idempotencyKey: randomUUID(),
      purpose: "supplier",
      amount: 3_000,
      reason: "Fournisseur de tissu",
      destination: "mobile_money",
      recipient: { source: "typed_twice", phone: "76 00 00 02", phoneConfirm: "76 00 00 02" },
    },
  });
  expect(payout.status(), await payout.text()).toBe(201);
  const payoutId = ((await payout.json()) as { payout: { id: string } }).payout.id;
  const wrong = `e2e${randomBytes(10).toString("hex")}`;
  await query(
    `WITH journal AS (INSERT INTO ledger_journals (id, posting_key, description) VALUES ($1, $2, 'Paiement saisi deux fois') RETURNING id)
     INSERT INTO ledger_entries (journal_id, account, operator, amount)
     SELECT id, 'operator:moov_bf', 'moov_bf', 2500 FROM journal UNION ALL SELECT id, 'counterparty:customers', NULL, -2500 FROM journal`,
    [wrong, `e2e:wrong:${wrong}`],
  );
  const reversed = await api.post(`/api/ledger/journals/${wrong}/reverse`, {
    headers: { Origin: E2E_ORIGIN },
    data: { reason: "Doublon de saisie" },
  });
  expect(reversed.status(), await reversed.text()).toBeLessThan(300);
  const key = await api.post("/api/api-keys", {
    headers: { Origin: E2E_ORIGIN },
    data: { name: "Boutique en ligne", scopes: ["invoices:write", "read"] },
  });
  expect(key.status(), await key.text()).toBe(201);
  const hook = await api.post("/api/webhooks/endpoints", {
    headers: { Origin: E2E_ORIGIN },
    data: {
      url: `${E2E_ORIGIN}/api/health`,
      description: "Serveur de la boutique",
      events: ["invoice.paid", "refund.completed"],
      allowPrivateNetwork: true,
    },
  });
  expect(hook.status(), await hook.text()).toBe(201);
  const batch = await api.post("/api/payout-batches", {
    headers: { Origin: E2E_ORIGIN },
    data: {
      idempotencyKey: randomUUID(),
      fileName: "primes-livreurs.csv",
      purpose: "reward",
      file: "telephone;montant;nom;motif;destination;mode_portefeuille\n76 00 00 02;2 000;Awa Ouedraogo;Prime de tournée;mobile_money;\n",
    },
  });
  expect(batch.status(), await batch.text()).toBe(201);
  const batchId = ((await batch.json()) as { batch: { id: string } }).batch.id;
  return { paid, refundId, open, payoutId, batchId };
}

/** `actor`: the audit trail is filtered to the sweep's own actions, not what other journeys typed. */
function staffPages(s: Seeded, actor: string): [name: string, url: string][] {
  return [
    ["overview", "/"],
    ["invoices", "/invoices"],
    ["invoice-new", "/invoices/new"],
    ["invoice-paid", `/invoices/${s.paid.id}`],
    ["invoice-open", `/invoices/${s.open.id}`],
    ["transactions", "/transactions"],
    ["transaction-payin", `/transactions/${s.paid.id}`],
    ["transaction-refund", `/transactions/${s.refundId}`],
    ["payouts", "/payouts"],
    ["payout-new", "/payouts/new"],
    ["refund-new", `/payouts/new?invoice=${s.paid.id}`],
    ["payout-refund", `/payouts/${s.refundId}`],
    ["payout-supplier", `/payouts/${s.payoutId}`],
    ["payout-batches", "/payout-batches"],
    ["payout-batch-new", "/payout-batches/new"],
    ["payout-batch", `/payout-batches/${s.batchId}`],
    ["ledger", "/ledger"],
    ["callbacks", "/callbacks"],
    ["audit", `/audit?actor=${encodeURIComponent(actor)}`],
    ["users", "/users"],
    ["go-live", "/go-live"],
    ["api-keys", "/api-keys"],
    ["webhooks", "/webhooks"],
    ["api-reference", "/api-reference"],
    ["account-security", "/account/security"],
    ["not-found", "/invoices/aucune-facture-de-ce-nom"],
  ];
}

async function staffContext(
  browser: Browser,
  staff: StaffCredentials,
  locale: string,
  size: (typeof WIDTHS)[number],
) {
  // A plain narrow window rather than Chromium's mobile emulation: emulation zooms out to fit a
  // page wider than the screen, which would hide the very overflow this sweep looks for.
  const context = await browser.newContext({ viewport: size, locale: locale === "fr" ? "fr-FR" : "en-GB" });
  const { cookie } = await sessionCookie(staff);
  await context.addCookies([cookie, { name: "CAISSE_LOCALE", value: locale, url: E2E_ORIGIN }]);
  return context;
}

/** Opens a page and waits until what it streams or fetches first has arrived. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.waitForLoadState("load");
  await expect(page.locator("main")).toBeVisible();
  // The go-live report runs its checks on opening: wait for the verdict rather than "running".
  if (url === "/go-live")
    await expect(page.locator("main [aria-busy]").first()).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(150);
}

/**
 * Every fault of one page, as sentences a failing run prints. axe runs in both languages: the
 * English pages have their own labels, and a missing translation can leave a control unnamed.
 */
async function faultsOf(page: Page, locale: "fr" | "en"): Promise<string[]> {
  const faults: string[] = [];
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    inner: window.innerWidth,
  }));
  if (widths.scroll > widths.inner) faults.push(`overflow: ${widths.scroll}px wide in ${widths.inner}px`);
  // Code elements hold field names and commands on purpose; the words around them are checked.
  const code = await page
    .locator("body code, body pre")
    .evaluateAll((elements) =>
      elements.filter((e) => !e.parentElement?.closest("code, pre")).map((e) => (e as HTMLElement).innerText),
    );
  const raw = findRawWords(await page.locator("body").innerText(), locale, code);
  if (raw.length > 0)
    faults.push(
      `raw words: ${[...new Set(raw.map((w) => `${w.kind} «${w.word}»`))].slice(0, 12).join(", ")}`,
    );
  const { violations } = await new AxeBuilder({ page }).analyze();
  for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical"))
    faults.push(
      `axe ${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(", ")}`,
    );
  return faults;
}

/** Visits every page in one language at one width; answers how many pages it checked. */
async function sweep(
  browser: Browser,
  staff: StaffCredentials,
  locale: (typeof LOCALES)[number],
  size: (typeof WIDTHS)[number],
  pages: [name: string, url: string][],
): Promise<number> {
  const context = await staffContext(browser, staff, locale, size);
  const page = await context.newPage();
  let visited = 0;
  for (const [name, url] of pages) {
    await open(page, url);
    await page.screenshot({
      path: path.join(SCREENS, `${name}-${size.width}-${locale}.png`),
      fullPage: true,
    });
    expect.soft(await faultsOf(page, locale), `${name} at ${size.width}px in ${locale}`).toEqual([]);
    visited += 1;
  }
  await context.close();
  return visited;
}

test("every staff page fits a phone and a desk, reads in French and English, and passes axe", async ({
  browser,
}) => {
  const admin = await createStaff("admin", "Aminata Admin");
  const api = await playwrightRequest.newContext({ baseURL: E2E_ORIGIN });
  await signInApi(api, admin);
  const seeded = await seed(api);
  await api.dispose();

  const pages = staffPages(seeded, admin.email);
  // The four language × width sweeps run side by side, one browser context each.
  const counts = await Promise.all(
    LOCALES.flatMap((locale) => WIDTHS.map((size) => sweep(browser, admin, locale, size, pages))),
  );
  const visited = counts.reduce((sum, n) => sum + n, 0);
  expect(visited).toBe(pages.length * LOCALES.length * WIDTHS.length);
});

test("a viewer's transaction shows no gateway tokens, no technical details and no audit trail", async ({
  browser,
}) => {
  const finance = await createStaff("finance");
  const api = await playwrightRequest.newContext({ baseURL: E2E_ORIGIN });
  await signInApi(api, finance);
  const paid = await paidInvoiceWithReceipt(api);
  await api.dispose();
  const [exchange] = await query<{ response: unknown }>(
    `SELECT response FROM gateway_exchanges WHERE invoice_id = $1 AND response IS NOT NULL LIMIT 1`,
    [paid.id],
  );
  const token = JSON.stringify(exchange?.response ?? {}).match(/"token":"([^"]+)"/)?.[1];
  expect(token, "the payment's creation answer holds a token").toBeTruthy();

  const viewer = await createStaff("viewer");
  for (const size of WIDTHS) {
    const context = await staffContext(browser, viewer, "fr", size);
    const page = await context.newPage();
    await open(page, `/transactions/${paid.id}`);
    await page.screenshot({
      path: path.join(SCREENS, `transaction-viewer-${size.width}-fr.png`),
      fullPage: true,
    });
    await expect(page.getByTestId("transaction-summary")).toBeVisible();
    await expect(page.getByTestId("technical-details")).toHaveCount(0);
    await expect(page.getByTestId("transaction-audit")).toHaveCount(0);
    expect((await page.content()).includes(token!), "the gateway token is nowhere in the page").toBe(false);
    expect(await faultsOf(page, "fr")).toEqual([]);
    await context.close();
  }
});
