// Runs the CSV export of every transaction in its own process, so that its peak RSS is the
// export's alone. Prints one JSON line: rows, bytes, milliseconds, peak RSS in MB.
import { exportTransactions } from "@/lib/transaction-history/export-transactions";
import { transactionFiltersSchema } from "@/lib/transaction-history/schemas";
import { createSqlClient } from "@/lib/db/sql-client";

async function main() {
  const [url, format = "csv", pageSize] = process.argv.slice(2);
  if (!url) throw new Error("usage: transactions-export-child.ts <database url> [csv|excel] [page size]");
  // The same client as GET /api/transactions/export (lib/db/export-pool.ts).
  const db = createSqlClient(url);
  const started = performance.now();
  let bytes = 0;
  let lines = 0;
  const reader = exportTransactions(
    db,
    transactionFiltersSchema.parse({}),
    format === "excel" ? "excel" : "csv",
    undefined,
    pageSize ? Number(pageSize) : undefined,
  ).getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    bytes += next.value.byteLength;
    for (const byte of next.value) if (byte === 10) lines += 1;
  }
  const ms = performance.now() - started;
  await db.end();
  // maxRSS: the process's peak resident set size (getrusage), in kilobytes.
  const memory = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  console.log(
    JSON.stringify({
      rows: lines - 1,
      bytes,
      ms: Math.round(ms),
      peakRssMb: mb(process.resourceUsage().maxRSS * 1024),
      heapTotalMb: mb(memory.heapTotal),
      externalMb: mb(memory.external),
    }),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
