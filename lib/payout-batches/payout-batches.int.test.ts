import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/config";
import { AppError } from "@/lib/http/app-error";
import type { Translator } from "@/lib/i18n/error-text";
import { recoverStuckPayouts } from "@/lib/payouts/recover-stuck-payouts";
import { setApprovalSettings } from "@/lib/settings/approval-settings";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import {
  BATCH_HEADER,
  batchPhone,
  fundOperator,
  mobileMoneyFile,
} from "@/test/support/payout-batches/batch-files";
import { withTestDb } from "@/test/support/test-db";
import { loadTranslators } from "@/test/support/translators";
import { claimNextLine } from "./claim-line";
import { controlBatch } from "./control-batch";
import { createBatch } from "./create-batch";
import { approveBatch, rejectBatch } from "./decide-batch";
import { getBatch } from "./get-batch";
import { previewBatch } from "./preview-batch";
import type { CreateBatchInput } from "./schemas";
import { sendBatch } from "./send-batch";

const { db, url } = withTestDb(30);
const LIMITS = { minAmount: 20, maxAmount: 1_000_000 };
let translators: Record<Locale, Translator>;
let sim: RunningSimulator;
let finance: { id: string; email: string };
let manager: { id: string; email: string };
let otherManager: { id: string; email: string };

const gateway = (timeoutMs = 5_000) =>
  createSimulatorClient(sim.baseUrl, { timeoutMs, callbackUrl: "http://127.0.0.1:9/cb" });

beforeAll(async () => {
  translators = await loadTranslators();
  sim = await startSimulator({ port: 0 });
  const user = (role: "finance" | "manager", email: string) =>
    db().user.create({
      data: { email, name: role, role, passwordHash: "x" },
      select: { id: true, email: true },
    });
  finance = await user("finance", "finance@test.bf");
  manager = await user("manager", "manager@test.bf");
  otherManager = await user("manager", "manager2@test.bf");
  await setApprovalSettings(
    { db: db(), actor: manager, ip: null },
    { approvalThreshold: 100_000, approvalRollingTotal: 1_000_000_000 },
  );
  await fundOperator(db(), finance.id, "orange_bf", 5_000_000);
  await fundOperator(db(), finance.id, "moov_bf", 980_000);
});
afterAll(async () => sim.close());
beforeEach(() => {
  sim.controls.reset();
  sim.controls.setBalance("orange_bf", 100_000_000);
  sim.controls.setBalance("moov_bf", 100_000_000);
});

const as = (actor: { id: string; email: string }) => ({ db: db(), actor, ip: null });
const input = (file: string, extra: Partial<CreateBatchInput> = {}): CreateBatchInput => ({
  idempotencyKey: crypto.randomUUID(),
  fileName: "paie.csv",
  purpose: "salary",
  file,
  acceptDuplicates: false,
  ...extra,
});

/** Creates a batch of `file` as finance and has another manager approve it. */
async function approvedBatch(file: string) {
  const { batch } = await createBatch(as(finance), input(file), LIMITS, translators.fr);
  expect(batch.status).toBe("awaiting_approval");
  return approveBatch(as(manager), { batchId: batch.id });
}

async function ruleOf(
  promise: Promise<unknown>,
): Promise<{ rule?: unknown; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { rule: error.details?.rule, details: error.details };
    throw error;
  }
  return {};
}

/** Create calls LigdiCash received (E6 wallet, E7 mobile money), by our payout id. */
function createCallsById(): Map<string, number> {
  const calls = new Map<string, number>();
  for (const r of sim.controls.requests()) {
    if (r.endpoint !== "E6" && r.endpoint !== "E7") continue;
    const body = JSON.stringify(r.body);
    const id = /"transaction_id":"([^"]+)"/.exec(body)?.[1];
    if (id) calls.set(id, (calls.get(id) ?? 0) + 1);
  }
  return calls;
}

/** LigdiCash transactions (executed payouts), by our payout id. */
function executedById(): Map<string, number> {
  const executed = new Map<string, number>();
  for (const tx of sim.controls.transactions())
    if (tx.kind.startsWith("payout") && tx.transactionId)
      executed.set(tx.transactionId, (executed.get(tx.transactionId) ?? 0) + 1);
  return executed;
}

async function batchLines(batchId: string) {
  return db().payoutBatchLine.findMany({
    where: { batchId },
    include: { payout: true },
    orderBy: { lineNumber: "asc" },
  });
}

describe("preview", () => {
  it('the French spreadsheet variant: BOM, `;`, "12 500" amounts, errors per line in both languages', async () => {
    const file =
      "\uFEFFTéléphone;Montant;Nom;Motif;Destination;Mode portefeuille\r\n" +
      '70 11 22 33;"12 500";Awa;Paie novembre;mobile_money;\r\n' + // line 2: fine (Moov)
      "76000001;1 250 000;Issa;Prime;mobile_money;\r\n" + // line 3: above LigdiCash's maximum
      "78112233;5 000;Ali;Paie;mobile_money;\r\n" + // line 4: Telecel
      "123;5 000;Bob;Paie;mobile_money;\r\n" + // line 5: not a number
      "76000002;10;Zoé;Paie;mobile_money;\r\n" + // line 6: below the minimum
      "76000003;12 500,00;;Paie;portefeuille;\r\n" + // line 7: no name, no wallet mode ("12 500,00" is fine)
      "76000004;3 000;Ina;Paie;portefeuille;garder\r\n" + // line 8: fine (wallet, kept)
      "70 11 22 33;12500;Awa bis;Paie novembre;mobile money;\r\n"; // line 9: duplicate of line 2
    const fr = await previewBatch(db(), { file }, LIMITS, translators.fr);
    expect(fr.lineCount).toBe(8);
    const byLine = new Map(fr.lines.map((l) => [l.line, l]));
    expect(byLine.get(2)).toMatchObject({
      phone: "22670112233",
      operator: "moov_bf",
      amount: 12_500,
      errors: [],
    });
    expect(byLine.get(3)?.errors.join()).toMatch(/1\s000\s000/);
    expect(byLine.get(4)?.errors).toEqual([translators.fr("payouts.form.operatorUnsupported")]);
    expect(byLine.get(5)?.errors).toHaveLength(1);
    expect(byLine.get(6)?.errors.join()).toMatch(/20/);
    expect(byLine.get(7)).toMatchObject({ amount: 12_500, destination: "wallet" });
    expect(byLine.get(7)?.errors).toEqual([
      translators.fr("payoutBatches.lineErrors.nameMissing"),
      translators.fr("payoutBatches.lineErrors.walletModeMissing"),
    ]);
    expect(byLine.get(8)).toMatchObject({ errors: [], keepInWallet: true, operator: "orange_bf" });
    // Flagged on both lines, not merged.
    expect(byLine.get(2)?.sameAs).toEqual([9]);
    expect(byLine.get(9)?.sameAs).toEqual([2]);
    expect(fr).toMatchObject({ errorLines: 5, duplicateLines: 2, total: 28_000 });

    const en = await previewBatch(db(), { file }, LIMITS, translators.en);
    expect(en.lines.find((l) => l.line === 4)?.errors).toEqual([
      translators.en("payouts.form.operatorUnsupported"),
    ]);
    expect(en.lines.find((l) => l.line === 4)?.errors).not.toEqual(byLine.get(4)?.errors);
  });

  it("per-operator totals against the ledger's sub-account balances", async () => {
    const file = [
      BATCH_HEADER,
      "22670000010,600000,A,Paie,mobile_money,",
      "22670000011,650000,B,Paie,mobile_money,",
      "22676000010,1000,C,Paie,mobile_money,",
    ].join("\n");
    const preview = await previewBatch(db(), { file }, LIMITS, translators.fr);
    expect(preview.operatorTotals).toEqual([
      { operator: "orange_bf", lines: 1, toPay: 1_000, balance: 5_000_000, insufficient: false },
      { operator: "moov_bf", lines: 2, toPay: 1_250_000, balance: 980_000, insufficient: true },
    ]);
  });

  it("refuses a file whole when it is too long, empty or lacks columns; a file with errors stores nothing", async () => {
    expect(
      (await ruleOf(previewBatch(db(), { file: mobileMoneyFile(5_001) }, LIMITS, translators.fr))).details,
    ).toMatchObject({
      rule: "file_too_many_lines",
      lines: 5_001,
      max: 5_000,
    });
    expect(
      (await ruleOf(previewBatch(db(), { file: "phone;amount\n1;2" }, LIMITS, translators.fr))).details,
    ).toMatchObject({
      rule: "file_missing_columns",
      missing: ["name", "reason", "destination"],
    });
    expect((await ruleOf(previewBatch(db(), { file: BATCH_HEADER }, LIMITS, translators.fr))).rule).toBe(
      "file_empty",
    );
    const before = await db().payoutBatch.count();
    const broken = `${mobileMoneyFile(3)}\n123,5000,X,Paie,mobile_money,`;
    expect(
      (await ruleOf(createBatch(as(finance), input(broken), LIMITS, translators.fr))).details,
    ).toMatchObject({
      rule: "lines_invalid",
      count: 1,
    });
    const duplicated = `${mobileMoneyFile(3)}\n${batchPhone(0)},1000,Encore,Paie,mobile_money,`;
    expect((await ruleOf(createBatch(as(finance), input(duplicated), LIMITS, translators.fr))).rule).toBe(
      "duplicates_unconfirmed",
    );
    expect(await db().payoutBatch.count()).toBe(before);
    expect(await db().payoutBatchLine.count()).toBe(0);
    // Fixed and uploaded again: one batch, every line once.
    const { batch } = await createBatch(
      as(finance),
      input(duplicated, { acceptDuplicates: true }),
      LIMITS,
      translators.fr,
    );
    expect(await db().payoutBatchLine.count({ where: { batchId: batch.id } })).toBe(4);
    await controlBatch(as(finance), { batchId: batch.id, control: "cancel" });
  });
});

describe("one batch, one decision", () => {
  it("four eyes: the author cannot approve; an over-balance operator blocks approval with the reason", async () => {
    const over = [
      BATCH_HEADER,
      "22670000020,600000,A,Paie,mobile_money,",
      "22670000021,650000,B,Paie,mobile_money,",
    ].join("\n");
    const { batch } = await createBatch(as(manager), input(over), LIMITS, translators.fr);
    expect(batch).toMatchObject({ status: "awaiting_approval", approvalReasons: ["over_threshold"] });
    expect((await ruleOf(approveBatch(as(manager), { batchId: batch.id }))).rule).toBe("own_batch");
    expect((await ruleOf(approveBatch(as(otherManager), { batchId: batch.id }))).details).toMatchObject({
      rule: "balance_insufficient",
      operators: [{ operator: "moov_bf", toPay: 1_250_000, balance: 980_000 }],
    });
    expect((await db().payoutBatch.findUniqueOrThrow({ where: { id: batch.id } })).status).toBe(
      "awaiting_approval",
    );
    await rejectBatch(as(otherManager), { batchId: batch.id, note: "Solde insuffisant" });
    expect(await sendBatch({ db: db(), gateway: gateway() }, { batchId: batch.id, concurrency: 2 })).toBe(0);
    expect(await db().payout.count({ where: { batchLine: { batchId: batch.id } } })).toBe(0);
  });

  it("a small batch within the rules is cleared at once, unless a balance is short", async () => {
    const small = [BATCH_HEADER, "22670000030,2000,A,Paie,mobile_money,"].join("\n");
    const { batch } = await createBatch(as(finance), input(small), LIMITS, translators.fr);
    expect(batch).toMatchObject({ status: "sending", approvalReasons: [] });
    await sendBatch({ db: db(), gateway: gateway() }, { batchId: batch.id, concurrency: 1 });
    expect((await getBatch(db(), batch.id)).status).toBe("finished");
  });
});

describe("money already promised", () => {
  it("two batches approved at the same moment, each within what is left but not both: one is cleared, the other refused", async () => {
    const batchOf = (first: number) =>
      [
        BATCH_HEADER,
        `2267000${first},300000,A,Paie,mobile_money,`,
        `2267000${first + 1},300000,B,Paie,mobile_money,`,
      ].join("\n");
    const one = await createBatch(as(finance), input(batchOf(2040)), LIMITS, translators.fr);
    const two = await createBatch(as(finance), input(batchOf(2050)), LIMITS, translators.fr);
    // Each alone fits Moov's 980,000 FCFA; shown against what approving would find, neither is short.
    expect((await getBatch(db(), one.batch.id)).operatorTotals[0]).toMatchObject({
      toPay: 600_000,
      insufficient: false,
    });

    const decisions = await Promise.allSettled([
      approveBatch(as(manager), { batchId: one.batch.id }),
      approveBatch(as(otherManager), { batchId: two.batch.id }),
    ]);
    expect(decisions.filter((d) => d.status === "fulfilled")).toHaveLength(1);
    const refused = decisions.find((d) => d.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(AppError);
    expect((refused?.reason as AppError).details).toMatchObject({
      rule: "balance_insufficient",
      operators: [{ operator: "moov_bf", toPay: 600_000 }],
    });
    const statuses = await db().payoutBatch.findMany({
      where: { id: { in: [one.batch.id, two.batch.id] } },
      select: { status: true },
    });
    expect(statuses.map((b) => b.status).sort()).toEqual(["awaiting_approval", "sending"]);

    // A new upload sees the cleared batch's unsent lines as already spoken for.
    const preview = await previewBatch(db(), { file: batchOf(2060) }, LIMITS, translators.fr);
    const moov = preview.operatorTotals.find((t) => t.operator === "moov_bf");
    expect(moov).toMatchObject({ toPay: 600_000, insufficient: true });
    expect(moov!.balance).toBeLessThanOrEqual(380_000);

    // Leave Moov's money to the tests that follow.
    await db().payoutBatch.updateMany({
      where: { id: { in: [one.batch.id, two.batch.id] } },
      data: { status: "cancelled" },
    });
  });
});

describe("sending", () => {
  it("500 lines: refusals, timeouts and acceptances each end in the right state; each accepted line reached LigdiCash once", async () => {
    // Lines 0–49 go to LigdiCash wallets nobody holds (refused, Code02); the rest to mobile money.
    const lines = Array.from({ length: 500 }, (_, i) =>
      i < 50
        ? `${batchPhone(i)},1000,Agent ${i},Commission,portefeuille,garder`
        : `${batchPhone(i)},1000,Livreur ${i},Tournée,mobile_money,`,
    );
    const batch = await approvedBatch([BATCH_HEADER, ...lines].join("\n"));
    // LigdiCash executes 15 payouts and never answers, and loses 10 requests before executing them.
    sim.controls.addFault({ kind: "hang", endpoints: ["E7"], processed: true, count: 15 });
    sim.controls.addFault({ kind: "status", status: 502, endpoints: ["E7"], processed: false, count: 10 });
    const sent = await sendBatch({ db: db(), gateway: gateway(400) }, { batchId: batch.id, concurrency: 8 });
    expect(sent).toBe(500);

    const rows = await batchLines(batch.id);
    expect(rows.every((l) => l.payout !== null)).toBe(true);
    const status = (s: string) => rows.filter((l) => l.payout?.status === s).length;
    expect(status("failed")).toBe(50);
    for (const l of rows.slice(0, 50)) expect(l.payout?.failureCode).toBeTruthy();
    expect(status("outcome_unknown")).toBe(25);
    expect(status("pending")).toBe(425);

    // An unknown outcome is never sent again, whoever runs the batch next (a tokenless one waits
    // for a manager who checked LigdiCash's dashboard: resolve-payout-manually.ts).
    await recoverStuckPayouts(db(), 0);
    expect(await sendBatch({ db: db(), gateway: gateway() }, { batchId: batch.id, concurrency: 8 })).toBe(0);

    const calls = createCallsById();
    const executed = executedById();
    const unknown = { executed: 0, lost: 0 };
    for (const l of await batchLines(batch.id)) {
      const id = l.payoutId!;
      expect(calls.get(id)).toBe(1);
      const times = executed.get(id) ?? 0;
      if (l.payout?.status === "pending") expect(times).toBe(1);
      else if (l.payout?.status === "failed") expect(times).toBe(0);
      else unknown[times === 1 ? "executed" : "lost"]++;
    }
    expect(unknown).toEqual({ executed: 15, lost: 10 });
    // LigdiCash executed the 425 accepted lines and the 15 whose answer was lost, each once.
    expect([...executed.values()].reduce((a, b) => a + b, 0)).toBe(440);
    const detail = await getBatch(db(), batch.id);
    expect(detail.status).toBe("finished");
    expect(detail.progress).toMatchObject({
      lines: 500,
      sent: 500,
      refused: 50,
      unknown: 25,
      inProgress: 425,
      notSent: 0,
    });
  }, 120_000);

  it("two workers sending the same batch: no line twice", async () => {
    const batch = await approvedBatch(mobileMoneyFile(200, 1_000, (i) => batchPhone(1_000 + i)));
    const [a, b] = await Promise.all([
      sendBatch({ db: db(), gateway: gateway() }, { batchId: batch.id, concurrency: 4 }),
      sendBatch({ db: db(), gateway: gateway() }, { batchId: batch.id, concurrency: 4 }),
    ]);
    expect(a + b).toBe(200);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    const rows = await batchLines(batch.id);
    expect(new Set(rows.map((l) => l.payoutId)).size).toBe(200);
    const executed = executedById();
    for (const l of rows) expect(executed.get(l.payoutId!)).toBe(1);
    expect(executed.size).toBe(200);
  }, 60_000);

  it("pause and cancel stop the lines not yet sent; lines already sent go on untouched", async () => {
    const batch = await approvedBatch(mobileMoneyFile(12, 9_000, (i) => batchPhone(2_000 + i)));
    const claimed = [await claimNextLine(db(), batch.id), await claimNextLine(db(), batch.id)];
    await controlBatch(as(finance), { batchId: batch.id, control: "pause" });
    expect(await claimNextLine(db(), batch.id)).toBeNull();
    expect(await sendBatch({ db: db(), gateway: gateway() }, { batchId: batch.id, concurrency: 3 })).toBe(0);
    // The two claimed before the pause are still `sending`, as they were: their send carries on.
    for (const id of claimed)
      expect((await db().payout.findUniqueOrThrow({ where: { id: id! } })).status).toBe("sending");
    await controlBatch(as(finance), { batchId: batch.id, control: "resume" });
    await claimNextLine(db(), batch.id);
    await controlBatch(as(finance), { batchId: batch.id, control: "cancel" });
    expect(await sendBatch({ db: db(), gateway: gateway() }, { batchId: batch.id, concurrency: 3 })).toBe(0);
    const rows = await batchLines(batch.id);
    expect(rows.filter((l) => l.payoutId !== null)).toHaveLength(3);
    expect(sim.controls.requests().filter((r) => r.endpoint === "E7")).toHaveLength(0);
    expect((await ruleOf(controlBatch(as(finance), { batchId: batch.id, control: "resume" }))).rule).toBe(
      "not_resumable",
    );
    expect((await getBatch(db(), batch.id)).progress).toMatchObject({ sent: 3, notSent: 9 });
  });

  it("kill -9 of the sending process mid-batch: after restart no line is sent twice and the batch finishes", async () => {
    const batch = await approvedBatch(mobileMoneyFile(120, 1_000, (i) => batchPhone(3_000 + i)));
    // Slow answers (executed at once, answered after 300 ms): the process dies with calls in flight.
    sim.controls.addFault({ kind: "delay", delayMs: 300, endpoints: ["E7"] });
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--conditions=react-server",
        path.resolve("test/support/payout-batches/send-batch-in-child.ts"),
        url(),
        sim.baseUrl,
        batch.id,
        "4",
      ],
      { stdio: "pipe" },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    const deadline = Date.now() + 60_000;
    while (executedById().size < 20 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    sim.controls.clearFaults();
    const before = await batchLines(batch.id);
    expect(before.filter((l) => l.payoutId === null).length).toBeGreaterThan(0);
    expect(before.filter((l) => l.payout?.status === "sending").length).toBeGreaterThan(0);

    // Restart: the background pass's recovery, then the batch is sent again.
    await recoverStuckPayouts(db(), 0);
    await sendBatch({ db: db(), gateway: gateway() }, { batchId: batch.id, concurrency: 4 });
    const rows = await batchLines(batch.id);
    const calls = createCallsById();
    const executed = executedById();
    expect(rows.every((l) => l.payoutId !== null)).toBe(true);
    for (const l of rows) {
      expect(calls.get(l.payoutId!) ?? 0).toBeLessThanOrEqual(1);
      expect(executed.get(l.payoutId!) ?? 0).toBeLessThanOrEqual(1);
    }
    // Every line is where LigdiCash says: accepted once, or cut off by the kill (unknown, never re-sent).
    for (const l of await batchLines(batch.id))
      expect(
        executed.get(l.payoutId!) === 1 ? ["pending", "outcome_unknown"] : ["outcome_unknown"],
      ).toContain(l.payout?.status);
    expect((await getBatch(db(), batch.id)).status).toBe("finished");
  }, 120_000);
});
