// Bulk payouts: how long checking a 5,000-line sheet takes (parse + every line's checks + the
// preview data), and how fast 1,000 lines go to the simulator at the default pacing.
//   npx tsx --conditions=react-server bench/bulk-payouts.ts
//   BENCH_SEND_LINES=300 BENCH_CONCURRENCY=6 npx tsx --conditions=react-server bench/bulk-payouts.ts
// Prints figures; never asserts. Its own database, dropped at the end.
import { performance } from "node:perf_hooks";
import { createDb } from "@/lib/db/client";
import { parseEnv } from "@/lib/env";
import { createBatch } from "@/lib/payout-batches/create-batch";
import { approveBatch } from "@/lib/payout-batches/decide-batch";
import { checkBatchFile, summarizeBatch } from "@/lib/payout-batches/preview-batch";
import { sendBatch } from "@/lib/payout-batches/send-batch";
import { getKnownOperatorBalances } from "@/lib/payouts/operator-balances";
import { startSimulator } from "@/simulator/server";
import { createTestDatabase } from "@/test/support/database";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { batchPhone, fundOperator } from "@/test/support/payout-batches/batch-files";

const LIMITS = { minAmount: 20, maxAmount: 1_000_000 };
const SEND_LINES = Number(process.env.BENCH_SEND_LINES ?? 1_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? parseEnv({}).PAYOUT_BATCH_CONCURRENCY);

/** The spreadsheet variant, as a merchant's export: `;`, BOM, "12 500", a wallet line in ten. */
function frenchSheet(lines: number): string {
  const rows = Array.from({ length: lines }, (_, i) => {
    const phone = batchPhone(i)
      .slice(3)
      .replace(/(\d{2})(?=\d)/g, "$1 ");
    return i % 10 === 0
      ? `${phone};12 500;Agent ${i};Commission de novembre;portefeuille;garder`
      : `${phone};${(1_000 + i).toLocaleString("fr-FR").replace(/\u202f/g, " ")};Livreur ${i};Tournée du 5;mobile_money;`;
  });
  return `\uFEFFtelephone;montant;nom;motif;destination;mode_portefeuille\r\n${rows.join("\r\n")}\r\n`;
}

async function main() {
  const database = await createTestDatabase();
  const db = createDb(database.url, 10);
  const sim = await startSimulator({ port: 0 });
  sim.controls.setCallbackBehaviour({ mode: "never" });
  try {
    // Keys for words: a clean sheet asks for none per line (the schema's sentences are built once),
    // and next-intl's translator cannot load beside `server-only` modules outside Next.js.
    const t = (key: string) => key;
    const user = (role: "finance" | "manager") =>
      db.user.create({ data: { email: `${role}@bench.local`, name: role, role, passwordHash: "x" } });
    const finance = await user("finance");
    const manager = await user("manager");
    await fundOperator(db, finance.id, "orange_bf", 1_000_000_000);
    await fundOperator(db, finance.id, "moov_bf", 1_000_000_000);

    const file = frenchSheet(5_000);
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      const lines = checkBatchFile(file, LIMITS, t);
      const preview = summarizeBatch(lines, await getKnownOperatorBalances(db));
      runs.push(performance.now() - started);
      if (preview.errorLines !== 0) throw new Error(`bench sheet has ${preview.errorLines} bad lines`);
    }
    console.log(
      `check of a 5,000-line sheet (${(file.length / 1024).toFixed(0)} KB): ${runs.map((ms) => ms.toFixed(0)).join(", ")} ms (first run cold; target ≤ 2000 ms)`,
    );

    const sendFile = frenchSheet(SEND_LINES).replace(/portefeuille;garder/g, "mobile_money;");
    const ctx = (actor: { id: string; email: string }) => ({ db, actor, ip: null });
    const { batch } = await createBatch(
      ctx(finance),
      {
        idempotencyKey: crypto.randomUUID(),
        fileName: "bench.csv",
        purpose: "salary",
        file: sendFile,
        acceptDuplicates: false,
      },
      LIMITS,
      t,
    );
    if (batch.status === "awaiting_approval") await approveBatch(ctx(manager), { batchId: batch.id });
    const gateway = createSimulatorClient(sim.baseUrl, { timeoutMs: 15_000 });
    const started = performance.now();
    const sent = await sendBatch({ db, gateway }, { batchId: batch.id, concurrency: CONCURRENCY });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `send of ${sent} lines at concurrency ${CONCURRENCY}: ${seconds.toFixed(1)} s wall, ${(sent / seconds).toFixed(1)} lines/s`,
    );
  } finally {
    await sim.close();
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
