// Page weight of the customer's pages on an entry-level phone over mobile data: the pay link
// (/pay/[id]), its return page and the receipt. Prints figures; asserts nothing.
//
//   npx tsx --conditions=react-server bench/pay-page-weight.ts            # 3 cold loads a page
//   BENCH_RUNS=5 npx tsx --conditions=react-server bench/pay-page-weight.ts
//
// Set-up: a fresh database on TEST_DATABASE_URL, the LigdiCash simulator on loopback, Caisse by
// its start command (production build, `next start`). Each load is a new browser context (empty
// cache) under Chromium's DevTools emulation: Slow 3G (400 ms round trip, 400 kbit/s each way,
// Network.emulateNetworkConditions) and a CPU four times slower (Emulation.setCPUThrottlingRate).
// Figures per page (median of the runs):
// - transferred: bytes on the wire for everything the page loaded (encodedDataLength);
// - first-load JS (gzip): the page's scripts, each gzipped here at level 9 — what `next build`
//   reports, whatever the server's own compression;
// - LCP: the browser's largest-contentful-paint entry. Targets for the pay page: JS ≤ 60 kB, LCP ≤ 2.5 s.
import { existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { createDb } from "@/lib/db/client";
import { createInvoice } from "@/lib/invoices/create-invoice";
import { ensureReceipt } from "@/lib/invoices/receipt";
import { invoiceInputSchema } from "@/lib/invoices/schemas";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { createTestDatabase } from "@/test/support/database";
import { startSimulator } from "@/simulator/server";
import { startNext } from "./support/next-app";
import { percentile } from "./support/percentile";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SLOW_3G = {
  offline: false,
  latency: 400,
  downloadThroughput: 400_000 / 8,
  uploadThroughput: 400_000 / 8,
};
const CPU_SLOWDOWN = 4;

type Load = { transferred: number; scripts: number; jsGzip: number; lcp: number | null };

async function loadOnce(browser: Browser, url: string): Promise<Load> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: "fr-FR",
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp: number | null };
    w.__lcp = null;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", SLOW_3G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  const scripts = new Map<string, string>();
  let transferred = 0;
  cdp.on("Network.responseReceived", (event) => {
    if (event.type === "Script") scripts.set(event.requestId, event.response.url);
  });
  cdp.on("Network.loadingFinished", (event) => {
    transferred += event.encodedDataLength;
  });
  await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  await page.waitForLoadState("networkidle", { timeout: 120_000 });
  const lcp = await page.evaluate(() => (window as unknown as { __lcp: number | null }).__lcp);
  await context.close();
  // Each script once more, without emulation, to gzip it here (the same measure for every page).
  let jsGzip = 0;
  for (const scriptUrl of new Set(scripts.values())) {
    const body = Buffer.from(await (await fetch(scriptUrl)).arrayBuffer());
    jsGzip += gzipSync(body, { level: 9 }).length;
  }
  return { transferred, scripts: new Set(scripts.values()).size, jsGzip, lcp };
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (values: number[]) => percentile(values, 50);

async function main() {
  const database = await createTestDatabase();
  const db = createDb(database.url, 4);
  const sim = await startSimulator({ port: 0 });
  const app = await startNext(database.url, sim.baseUrl);
  const browser = await chromium.launch({
    executablePath: ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p)),
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const staff = await db.user.create({
      data: { email: "weight@caisse.local", name: "Weight", role: "finance", passwordHash: "x" },
    });
    const ctx = {
      db,
      actor: { id: staff.id, email: staff.email },
      gateway: createSimulatorClient(sim.baseUrl, { timeoutMs: 15_000 }),
      publicUrl: app.origin,
    };
    const schema = invoiceInputSchema({ minAmount: 20, maxAmount: 1_000_000 }, (key) => key);
    const invoice = (customerPhone?: string) =>
      createInvoice(
        ctx,
        schema.parse({
          idempotencyKey: crypto.randomUUID(),
          channel: "hosted",
          customerFirstname: "Aminata",
          customerLastname: "Compaoré",
          customerEmail: "aminata@example.bf",
          customerPhone,
          merchantReference: "FAC-2026-0240",
          items: [
            { name: "Beurre de karité artisanal, pot de 500 g", quantity: 3, unitPrice: 2_500 },
            { name: "Livraison à domicile, Ouaga 2000", quantity: 1, unitPrice: 1_000 },
          ],
          description: "Commande n° 240 — karité et livraison",
        }),
      );
    const open = await invoice("76 00 00 01");
    const paid = await invoice();
    sim.controls.settle({
      transactionId: paid.id,
      status: "completed",
      operator: "orange_bf",
      phone: "22676000001",
    });
    const deadline = Date.now() + 30_000;
    while ((await db.invoice.findUniqueOrThrow({ where: { id: paid.id } })).status !== "completed") {
      if (Date.now() > deadline) throw new Error("the paid invoice was not verified within 30 s");
      await new Promise((r) => setTimeout(r, 250));
    }
    const receiptId = await ensureReceipt(db, paid.id);
    const pages: [string, string][] = [
      ["pay link /pay/[id]", `/pay/${open.publicId}`],
      ["return /pay/[id]/return", `/pay/${open.publicId}/return`],
      ["receipt /pay/receipt/[id]", `/pay/receipt/${receiptId}`],
    ];
    // One warm-up load a page: Next compiles nothing at run time, but its caches and the database's fill.
    for (const [, path] of pages) await fetch(app.origin + path).then((r) => r.text());

    console.log(
      `Customer pages, cold cache, Slow 3G (400 ms RTT, 400 kbit/s) + ${CPU_SLOWDOWN}× CPU slow-down, median of ${RUNS}:`,
    );
    console.log("   page                        transferred   first-load JS (gzip, files)   LCP");
    for (const [name, path] of pages) {
      const loads: Load[] = [];
      for (let i = 0; i < RUNS; i++) loads.push(await loadOnce(browser, app.origin + path));
      const lcps = loads.map((l) => l.lcp).filter((v): v is number => v !== null);
      console.log(
        `   ${name.padEnd(28)}${kB(median(loads.map((l) => l.transferred))).padStart(11)}   ${kB(
          median(loads.map((l) => l.jsGzip)),
        ).padStart(10)} (${loads[0]?.scripts ?? 0} files)            ${
          lcps.length ? `${(median(lcps) / 1000).toFixed(2)} s` : "n/a"
        }`,
      );
    }
    console.log("   targets (pay link): first-load JS ≤ 60 kB gzip, LCP ≤ 2.5 s");
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
