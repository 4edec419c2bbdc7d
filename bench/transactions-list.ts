// Transaction history benchmark: seeds 1,000,000 transactions in a database of its own, then
// prints list latencies (the domain function the API uses, beside the same SQL run raw with pg)
// and the full CSV export's duration and peak memory. Figures only: nothing here asserts.
//   npx tsx bench/transactions-list.ts [rows=1000000]
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { createDb } from "@/lib/db/client";
import { applyMigrations } from "@/scripts/prisma-bridge";
import { parseDatabaseUrl } from "@/scripts/prisma-bridge/connection-config";
import { createDatabase, dropDatabase } from "@/scripts/prisma-bridge/databases";
import { buildListQuery, listTransactions } from "@/lib/transaction-history/list-transactions";
import { transactionFiltersSchema } from "@/lib/transaction-history/schemas";
import { seedTransactions } from "./transactions-seed";

const SERVER_URL = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const ROWS = Number(process.argv[2] ?? 1_000_000);
const RUNS = 150;
/** A slow scenario stops early: enough samples for a p95, without minutes of waiting. */
const BUDGET_MS = 20_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function main() {
  const server = parseDatabaseUrl(SERVER_URL);
  const name = `caisse_bench_tx_${randomBytes(4).toString("hex")}`;
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  await createDatabase(server, name);
  // Interrupted (Ctrl-C): still drop the million-row database.
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void dropDatabase(server, name).finally(() => process.exit(130)));
  }
  const raw = new pg.Pool({ connectionString: url.toString(), max: 2 });
  // The final DROP DATABASE … WITH (FORCE) ends any connection still closing: expected, not a failure.
  raw.on("error", () => undefined);
  const db = createDb(url.toString(), 2);
  try {
    await applyMigrations(url.toString());
    const seedClient = new pg.Client({ connectionString: url.toString() });
    await seedClient.connect();
    const seedMs = await time(() => seedTransactions(seedClient, ROWS));
    await seedClient.end();
    console.log(
      `seeded ${ROWS.toLocaleString("en")} transactions in ${(seedMs / 1000).toFixed(1)} s (database ${name})\n`,
    );

    // A cursor half-way down the whole history: a deep page, reached by keyset, not OFFSET.
    const {
      rows: [deep],
    } = await raw.query<{ created_at: Date; id: string }>(
      `SELECT created_at, id FROM (SELECT created_at, id FROM invoices UNION ALL SELECT created_at, id FROM payouts) t ORDER BY created_at DESC, id DESC OFFSET $1 LIMIT 1`,
      [Math.floor(ROWS / 2)],
    );
    const deepCursor = Buffer.from(
      JSON.stringify({ k: deep!.created_at.toISOString(), id: deep!.id }),
    ).toString("base64url");
    const month = (offsetDays: number) =>
      new Date(Date.now() - offsetDays * 86_400_000).toISOString().slice(0, 10);
    const scenarios: { label: string; filters: Record<string, string>; cursor?: string }[] = [
      { label: "first page, no filter", filters: {} },
      {
        label: `deep keyset page (row ${Math.floor(ROWS / 2).toLocaleString("en")})`,
        filters: {},
        cursor: deepCursor,
      },
      { label: "operator + 30-day range", filters: { operator: "moov_bf", from: month(120), to: month(90) } },
      { label: "payins pending", filters: { type: "payin", status: "pending" } },
      {
        label: "refunds ≥ 10,000 by amount",
        filters: { type: "refund", minAmount: "10000", sort: "amount_desc" },
      },
      { label: "customer phone", filters: { phone: "70 00 71 27" } },
      { label: "free text, frequent word", filters: { q: "commande" } },
      { label: "free text, rare (reference)", filters: { q: "CMD-654321" } },
    ];
    console.log(
      "list (50 rows)                          domain p50 / p95      raw SQL p50 / p95     p95 ratio  runs",
    );
    for (const scenario of scenarios) {
      const filters = transactionFiltersSchema.parse(scenario.filters);
      const sql = buildListQuery(filters, scenario.cursor ?? null, 50)!;
      const domain: number[] = [];
      const rawTimes: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        await listTransactions(db, filters, { cursor: scenario.cursor });
        await raw.query(sql.text, sql.values);
      }
      const deadline = performance.now() + BUDGET_MS;
      for (let i = 0; i < RUNS && (i < 20 || performance.now() < deadline); i += 1) {
        domain.push(await time(() => listTransactions(db, filters, { cursor: scenario.cursor })));
        rawTimes.push(await time(() => raw.query(sql.text, sql.values)));
      }
      domain.sort((a, b) => a - b);
      rawTimes.sort((a, b) => a - b);
      const [d50, d95, r50, r95] = [
        percentile(domain, 50),
        percentile(domain, 95),
        percentile(rawTimes, 50),
        percentile(rawTimes, 95),
      ];
      console.log(
        `${scenario.label.padEnd(40)}${`${d50.toFixed(2)} / ${d95.toFixed(2)} ms`.padEnd(22)}${`${r50.toFixed(2)} / ${r95.toFixed(2)} ms`.padEnd(22)}${`${(d95 / r95).toFixed(2)}×`.padEnd(11)}${domain.length}`,
      );
    }

    console.log("\nexport of every row (child process)");
    for (const format of ["csv", "excel"]) {
      const output = execFileSync(
        path.resolve("node_modules/.bin/tsx"),
        [path.resolve("bench/transactions-export-child.ts"), url.toString(), format],
        { encoding: "utf8", maxBuffer: 1 << 20 },
      );
      const result = JSON.parse(output.trim().split("\n").at(-1)!) as {
        rows: number;
        bytes: number;
        ms: number;
        peakRssMb: number;
      };
      console.log(
        `${format.padEnd(6)} ${result.rows.toLocaleString("en")} rows, ${(result.bytes / 1e6).toFixed(1)} MB in ${(result.ms / 1000).toFixed(1)} s, peak RSS ${result.peakRssMb} MB`,
      );
    }
  } finally {
    await db.$disconnect();
    await raw.end();
    await dropDatabase(server, name);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
