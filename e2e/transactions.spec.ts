import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { createStaff, query, signIn, type StaffCredentials } from "./support/staff";

// A manager narrows the history to one operator and two days, opens a transaction, exports the
// view (both formats) and finds exactly the filtered rows in the files.

type Seeded = { matching: string[]; others: string[]; day: string };

async function seedHistory(staff: StaffCredentials): Promise<Seeded> {
  const tag = randomBytes(4).toString("hex");
  const id = (name: string) => `e2etx${tag}${name}`;
  // A day of its own, far from the demo data, different on each run.
  const day = new Date(Date.UTC(2023, 0, 1) + (randomBytes(2).readUInt16BE() % 600) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const at = (offsetHours: number) =>
    new Date(Date.parse(`${day}T00:00:00Z`) + offsetHours * 3_600_000).toISOString();
  const invoice = (name: string, operator: string, when: string, amount: number, description: string) =>
    query(
      `INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description, merchant_reference, customer_firstname, customer_lastname,
         customer_email, customer_phone, operator, gateway_request_id, created_by_id, created_at, updated_at)
       VALUES ($1, $2, $3, 'hosted', 'completed', $4, $5, $6, 'Awa', 'Ouédraogo', 'awa@example.bf', '22670000002', $7, $8, $9, $10, now())`,
      [
        id(name),
        id(`${name}pub`),
        id(`${name}key`),
        amount,
        description,
        `REF-${tag}-${name}`,
        operator,
        `REQ-${tag}-${name}`,
        staff.id,
        when,
      ],
    );
  const payout = (name: string, operator: string, when: string, amount: number, reason: string) =>
    query(
      `INSERT INTO payouts (id, idempotency_key, purpose, destination, status, amount, reason, recipient_phone, recipient_source, operator, requested_by_id, created_at, updated_at)
       VALUES ($1, $2, 'supplier', 'mobile_money', 'awaiting_approval', $3, $4, '22670000002', 'typed_twice', $5, $6, $7, now())`,
      [id(name), id(`${name}key`), amount, reason, operator, staff.id, when],
    );
  await invoice("a", "moov_bf", at(9), 7500, "Sacs de ciment");
  await invoice("b", "moov_bf", at(30), 18250, "Tôles ondulées");
  await payout("c", "moov_bf", at(40), 62000, "Grossiste Bobo-Dioulasso");
  await invoice("d", "orange_bf", at(10), 4000, "Pointes (Orange)");
  await invoice("e", "moov_bf", at(60), 9900, "Hors période");
  // The story of invoice a: what LigdiCash was sent and answered, and its callback.
  await query(
    `INSERT INTO gateway_exchanges (id, operation, request, response, http_status, duration_ms, started_at, invoice_id)
     VALUES ($1, 'hosted_payin', $2, $3, 200, 412, $4, $5)`,
    [
      id("x1"),
      JSON.stringify({ invoice: { total_amount: 7500 } }),
      JSON.stringify({ response_code: "00", token: "tok-e2e" }),
      at(9),
      id("a"),
    ],
  );
  await query(
    `INSERT INTO callback_deliveries (id, kind, received_at, content_type, headers, body, claimed_status, outcome, verified_status, invoice_id)
     VALUES ($1, 'payin', $2, 'application/json', '{}', '{}', 'completed', 'applied', 'completed', $3)`,
    [id("cb1"), at(9.1), id("a")],
  );
  return { matching: [id("a"), id("b"), id("c")], others: [id("d"), id("e")], day };
}

type Vitals = { lcp: number; cls: number; tbt: number };

/** Lighthouse-style figures from Chromium's own observers (printed, never asserted: timings
 * depend on the machine). TBT here = the long tasks' time beyond 50 ms, from navigation on. */
async function trackVitals(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const vitals: Vitals = { lcp: 0, cls: 0, tbt: 0 };
    (window as unknown as { __vitals: Vitals }).__vitals = vitals;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => (vitals.lcp = e.startTime))).observe({
      type: "largest-contentful-paint",
      buffered: true,
    });
    new PerformanceObserver((list) =>
      list
        .getEntries()
        .forEach(
          (e) =>
            (vitals.cls += (e as PerformanceEntry & { hadRecentInput: boolean; value: number }).hadRecentInput
              ? 0
              : (e as PerformanceEntry & { value: number }).value),
        ),
    ).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => (vitals.tbt += Math.max(0, e.duration - 50))),
    ).observe({ type: "longtask", buffered: true });
  });
}

async function printVitals(page: Page, label: string): Promise<void> {
  await page.waitForTimeout(800);
  const v = await page.evaluate(() => {
    // JavaScript transferred (gzip, as served) before the load event, and in all.
    const [nav] = performance.getEntriesByType("navigation") as PerformanceNavigationTiming[];
    const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
      (r) => r.name.includes("/_next/static/") && r.name.endsWith(".js"),
    );
    const kb = (list: PerformanceResourceTiming[]) =>
      list.reduce((sum, r) => sum + r.encodedBodySize, 0) / 1024;
    return {
      ...(window as unknown as { __vitals: Vitals }).__vitals,
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- 0: the load event has not fired yet
      firstJs: kb(scripts.filter((r) => r.startTime < (nav?.loadEventStart || Infinity))),
      allJs: kb(scripts),
    };
  });
  console.log(
    `[web-vitals] ${label}: LCP ${v.lcp.toFixed(0)} ms · TBT ${v.tbt.toFixed(0)} ms · CLS ${v.cls.toFixed(3)} · JS before load ${v.firstJs.toFixed(1)} kB gz, all ${v.allJs.toFixed(1)} kB`,
  );
}

async function downloadExport(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: button, exact: true }).click();
  return readFile(await (await download).path(), "utf8");
}

test("a manager filters the history, opens a transaction and exports exactly the view", async ({ page }) => {
  const manager = await createStaff("manager", "Moussa Manager");
  const seeded = await seedHistory(manager);
  await trackVitals(page);
  await signIn(page, manager);

  await page.goto("/transactions");
  await expect(page.getByRole("heading", { level: 1, name: "Transactions" })).toBeVisible();
  await printVitals(page, "/transactions");
  await page.getByLabel("Opérateur", { exact: true }).selectOption("moov_bf");
  await page.getByLabel("Du", { exact: true }).fill(seeded.day);
  const nextDay = new Date(Date.parse(`${seeded.day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Au", { exact: true }).fill(nextDay);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(new RegExp(`operator=moov_bf.*from=${seeded.day}`));

  const rows = page.getByTestId("transactions-table").locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("Grossiste Bobo-Dioulasso");
  await expect(rows.nth(0)).toContainText("En attente d'approbation");
  await expect(rows.nth(2)).toContainText("7 500");
  await page.screenshot({ path: "test-results/screenshots/transactions-list.png", fullPage: true });

  // The view is shareable: the same URL in a new tab shows the same rows.
  const shared = await page.context().newPage();
  await shared.goto(page.url());
  await expect(shared.getByTestId("transactions-table").locator("tbody tr")).toHaveCount(3);
  await shared.close();

  const csv = await downloadExport(page, "CSV");
  expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  const [header, ...lines] = csv.trimEnd().split("\r\n");
  expect(header).toBe(
    "Date,Numéro,Type,Statut,Montant signé (FCFA),Opérateur,Client,Téléphone,Libellé,Référence marchand,N° de facture,Date de règlement,Requête LigdiCash,Identifiant,Facture d'origine",
  );
  const cells = lines.map((line) => line.split(","));
  expect(cells.map((line) => line[13]).sort()).toEqual([...seeded.matching].sort());
  // In the reader's words, money out negative, the payin's customer and number.
  const payout = cells.find((line) => line[13] === seeded.matching[2]);
  expect([payout?.[2], payout?.[3], payout?.[4], payout?.[5]]).toEqual([
    "Versement",
    "En attente d'approbation",
    "-62000",
    "Moov Money",
  ]);
  const payin = cells.find((line) => line[13] === seeded.matching[0]);
  expect(payin?.[1]).toMatch(/^FAC-\d{4}-\d{6}$/);
  expect([payin?.[2], payin?.[4], payin?.[6], payin?.[10]]).toEqual([
    "Encaissement",
    "7500",
    "Awa Ouédraogo",
    payin?.[1],
  ]);
  await expect(page.getByText("Export terminé : 3 lignes.")).toBeVisible();

  const excel = await downloadExport(page, "CSV pour Excel (;)");
  expect(excel.charCodeAt(0)).toBe(0xfeff);
  const excelLines = excel.slice(1).trimEnd().split("\r\n").slice(1);
  expect(excelLines.map((line) => line.split(";")[13]).sort()).toEqual([...seeded.matching].sort());

  // The API refuses a bad filter with the field's path, and treats SQL in the search as text.
  const invalid = await page.request.get("/api/transactions?minAmount=abc");
  expect(invalid.status()).toBe(422);
  expect(
    ((await invalid.json()) as { error: { details: { fields: { path: string }[] } } }).error.details.fields[0]
      ?.path,
  ).toBe("minAmount");
  const injection = await page.request.get(
    `/api/transactions?q=${encodeURIComponent("' OR 1=1; DROP TABLE invoices; --")}`,
  );
  expect(((await injection.json()) as { rows: unknown[] }).rows).toEqual([]);

  // A hand-edited URL with a bad filter says which field is wrong and keeps what was typed.
  await page.goto(`/transactions?operator=moov_bf&minAmount=abc`);
  await expect(page.getByRole("alert").filter({ hasText: "Certains filtres sont invalides" })).toContainText(
    "Montant min. (FCFA)",
  );
  await expect(page.getByLabel("Montant min. (FCFA)")).toHaveValue("abc");
  await page.goBack();

  await rows.nth(2).getByRole("link", { name: "Sacs de ciment" }).click();
  await expect(page).toHaveURL(`/transactions/${seeded.matching[0]}`);
  await expect(page.getByRole("heading", { level: 1, name: "Sacs de ciment" })).toBeVisible();
  await expect(page.getByTestId("transaction-summary")).toContainText("Moussa Manager");
  await expect(page.getByText("Création du lien de paiement")).toBeVisible();
  await expect(page.getByText("Vérifié : Payé")).toBeVisible();
  // The raw exchange (its token) is a manager's, one click away under "Détails techniques".
  await expect(page.getByText('"token": "tok-e2e"')).toBeHidden();
  await page.getByTestId("technical-details").getByText("Détails techniques").first().click();
  await expect(page.getByText('"token": "tok-e2e"')).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/transactions-detail.png", fullPage: true });
});

test("the overview charts the daily volume and the operators", async ({ page }) => {
  const manager = await createStaff("manager");
  const id = `e2etx${randomBytes(5).toString("hex")}`;
  const yesterday = new Date(Date.now() - 86_400_000).toISOString();
  await query(
    `INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description, customer_firstname, customer_lastname, customer_email,
       operator, created_by_id, created_at, settled_at, updated_at)
     VALUES ($1, $2, $3, 'hosted', 'completed', 42000, 'Commande groupée', 'Issa', 'Sawadogo', 'issa@example.bf', 'moov_bf', $4, $5, $5, now())`,
    [id, `${id}pub`, `${id}key`, manager.id, yesterday],
  );
  await trackVitals(page);
  await signIn(page, manager);
  await expect(page.getByText("Volume par jour (30 jours)")).toBeVisible();
  // Yesterday's bar carries the payment in its tooltip; the operator's row writes its amount.
  const yesterdayBar = page
    .getByTestId("daily-volume-chart")
    .locator(`[data-day="${yesterday.slice(0, 10)}"]`);
  await expect(yesterdayBar).toHaveAttribute("title", /Encaissé : [1-9][\d\u202f]*\u00a0FCFA/);
  await expect(page.getByTestId("operator-chart").getByText("Moov Money")).toBeVisible();
  await expect(page.getByText("Taux de réussite (30 jours)")).toBeVisible();
  // Measured on a fresh load (signing in navigates here through a redirect).
  await page.reload();
  await expect(page.getByTestId("daily-volume-chart")).toBeVisible();
  await printVitals(page, "/ (overview)");
  await page.screenshot({ path: "test-results/screenshots/overview-charts.png", fullPage: true });

  // Money moves: the live update (or its polling fallback) re-renders the figures in place.
  const today = page.locator("section").filter({ hasText: "Encaissé aujourd'hui" });
  const amount = async () => Number((await today.locator("p").nth(1).innerText()).replace(/\D/g, ""));
  const before = await amount();
  const live = `${id}live`;
  await query(
    `INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description, customer_firstname, customer_lastname, customer_email,
       operator, created_by_id, created_at, settled_at, updated_at)
     VALUES ($1, $2, $3, 'hosted', 'completed', 1234, 'Vente au comptoir', 'Issa', 'Sawadogo', 'issa@example.bf', 'orange_bf', $4, now(), now(), now())`,
    [live, `${live}pub`, `${live}key`, manager.id],
  );
  await query(`SELECT pg_notify('caisse_changes', $1)`, [
    JSON.stringify({ entity: "invoice", id: live, status: "completed" }),
  ]);
  await expect.poll(amount, { timeout: 15_000 }).toBe(before + 1234);
});
