import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { processDelivery } from "@/lib/callbacks/process-delivery";
import { storeDelivery } from "@/lib/callbacks/store-delivery";
import { poolOf } from "@/lib/db/client";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { reconcilePending } from "@/lib/reconciliation/reconcile-pending";
import { verifyTransaction } from "@/lib/verification/verify-transaction";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { getOperatorBalances } from "./get-operator-balances";
import { reverseJournal } from "./reverse-journal";

// Random sequences of what happens to money — settlements at LigdiCash, true and forged callbacks
// (JSON and form copies), status verifications, reconciliation runs, reversals — run in random
// concurrent batches. After every batch: balances equal the sum of entries, every journal
// balances, no final state ever changed, no entry was ever modified or removed, and the books
// agree with LigdiCash's truth.

const { db } = withTestDb(30);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let userId: string;

type Target = { kind: "invoice" | "payout"; id: string; token: string; amount: number };
const targets: Target[] = [];
const finalSeen = new Map<string, string>();
const entriesSeen = new Map<string, string>();

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  sim.controls.setCallbackBehaviour({ mode: "never" });
  gateway = createSimulatorClient(sim.baseUrl, { statusRetry: { maxAttempts: 1 } });
  userId = (
    await db().user.create({ data: { email: "prop@test.bf", name: "P", role: "finance", passwordHash: "x" } })
  ).id;
  for (const operator of ["orange_bf", "moov_bf"] as const) sim.controls.setBalance(operator, 1_000_000_000);
});
afterAll(async () => sim.close());

async function createTarget(
  kind: "invoice" | "payout",
  amount: number,
  operator: "orange_bf" | "moov_bf",
): Promise<void> {
  if (kind === "invoice") {
    const row = await db().invoice.create({
      data: {
        idempotencyKey: crypto.randomUUID(),
        channel: "hosted",
        status: "pending",
        totalAmount: amount,
        description: "P",
        customerFirstname: "A",
        customerLastname: "B",
        customerEmail: "a@b.bf",
        createdById: userId,
      },
    });
    const created = await gateway.createHostedPayin({
      transactionId: row.id,
      amount,
      description: "P",
      returnUrl: "http://x/r",
      cancelUrl: "http://x/c",
      callbackUrl: "http://127.0.0.1:9/cb",
    });
    await db().invoice.update({
      where: { id: row.id },
      data: { gatewayToken: created.token, sentAt: new Date() },
    });
    targets.push({ kind, id: row.id, token: created.token, amount });
    return;
  }
  const phone = operator === "orange_bf" ? "22676000001" : "22670000002";
  const row = await db().payout.create({
    data: {
      idempotencyKey: crypto.randomUUID(),
      purpose: "other",
      destination: "mobile_money",
      status: "sending",
      amount,
      reason: "P",
      recipientPhone: phone,
      recipientSource: "typed_twice",
      operator,
      requestedById: userId,
    },
  });
  const created = await gateway.createMerchantPayout({
    transactionId: row.id,
    amount,
    description: "P",
    phone,
    callbackUrl: "http://127.0.0.1:9/cb",
  });
  await db().payout.update({
    where: { id: row.id },
    data: { gatewayToken: created.token, status: "pending", sentAt: new Date() },
  });
  targets.push({ kind, id: row.id, token: created.token, amount });
}

const pick = (i: number) => targets[i % targets.length];

async function deliver(target: Target, forged: "completed" | "notcompleted" | null) {
  const records = forged
    ? await sim.controls.sendCallback({ token: target.token, status: forged })
    : sim.controls.callbacks().filter((c) => c.token === target.token);
  const copies = records.length
    ? records
    : [
        {
          body: JSON.stringify({ status: "completed", transaction_id: target.id, amount: target.amount }),
          contentType: "application/json",
        },
      ];
  await Promise.all(
    copies.map(async (c) => {
      const stored = await storeDelivery(poolOf(db()), {
        body: c.body,
        contentType: c.contentType,
        headers: {},
        sourceIp: "127.0.0.1",
      });
      await processDelivery(db(), gateway, stored.id);
    }),
  );
}

type Op =
  | { op: "create"; kind: "invoice" | "payout"; amount: number; operator: "orange_bf" | "moov_bf" }
  | { op: "settle"; i: number; status: "completed" | "notcompleted" }
  | { op: "callback"; i: number; forged: "completed" | "notcompleted" | null }
  | { op: "verify"; i: number }
  | { op: "reconcile" }
  | { op: "reverse"; i: number };

async function run(op: Op): Promise<void> {
  if (op.op === "create") return createTarget(op.kind, op.amount, op.operator);
  if (op.op === "reconcile")
    return void (await reconcilePending(db(), gateway, { now: new Date(Date.now() + 3_600_000) }));
  const target = pick(op.i);
  if (!target) return;
  if (op.op === "settle") {
    try {
      sim.controls.settle({
        token: target.token,
        status: op.status,
        operator: op.i % 2 ? "orange_bf" : "moov_bf",
      });
    } catch {
      /* already final at LigdiCash: 409, as the real one */
    }
    return;
  }
  if (op.op === "callback") return deliver(target, op.forged);
  if (op.op === "verify") return void (await verifyTransaction(db(), gateway, target.id, target.kind));
  const journals = await db().ledgerJournal.findMany({
    where: { reversesId: null, reversedBy: null },
    select: { id: true },
  });
  const journal = journals[op.i % Math.max(1, journals.length)];
  if (journal)
    await reverseJournal(
      { db: db(), actor: { id: null, email: "property@caisse.test" } },
      { journalId: journal.id, reason: "property test" },
    ).catch(() => undefined);
}

async function checkInvariants(): Promise<void> {
  const entries = await db().ledgerEntry.findMany({ orderBy: { id: "asc" } });
  for (const [id, seen] of entriesSeen) {
    const now = entries.find((e) => e.id.toString() === id);
    expect(now && JSON.stringify([now.journalId, now.account, now.operator, now.amount, now.postedAt])).toBe(
      seen,
    );
  }
  for (const e of entries)
    entriesSeen.set(
      e.id.toString(),
      JSON.stringify([e.journalId, e.account, e.operator, e.amount, e.postedAt]),
    );
  const byAccount = new Map<string, bigint>();
  const byJournal = new Map<string, bigint>();
  for (const e of entries) {
    byAccount.set(e.account, (byAccount.get(e.account) ?? 0n) + BigInt(e.amount));
    byJournal.set(e.journalId, (byJournal.get(e.journalId) ?? 0n) + BigInt(e.amount));
  }
  for (const sum of byJournal.values()) expect(sum).toBe(0n);
  for (const b of await getOperatorBalances(db())) expect(b.balance).toBe(byAccount.get(b.account));
  const [invoices, payouts, journals] = await Promise.all([
    db().invoice.findMany({ select: { id: true, status: true } }),
    db().payout.findMany({ select: { id: true, status: true } }),
    db().ledgerJournal.findMany({ select: { invoiceId: true, payoutId: true, reversesId: true } }),
  ]);
  for (const row of [...invoices, ...payouts]) {
    const before = finalSeen.get(row.id);
    if (before) expect(row.status).toBe(before);
    if (["completed", "notcompleted", "failed", "rejected"].includes(row.status))
      finalSeen.set(row.id, row.status);
    // One posting per completed movement (plus, at most, its reversal); none otherwise.
    const posted = journals.filter(
      (j) => (j.invoiceId ?? j.payoutId) === row.id && j.reversesId === null,
    ).length;
    expect(posted).toBe(row.status === "completed" ? 1 : 0);
    // The books never say more than LigdiCash: a completed row is completed at LigdiCash.
    const truth = sim.controls.transaction({ transactionId: row.id })?.status;
    if (row.status === "completed" || row.status === "notcompleted") expect(row.status).toBe(truth);
  }
}

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      op: fc.constant("create" as const),
      kind: fc.constantFrom("invoice" as const, "payout" as const),
      amount: fc.integer({ min: 100, max: 50_000 }),
      operator: fc.constantFrom("orange_bf" as const, "moov_bf" as const),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("settle" as const),
      i: fc.nat(),
      status: fc.constantFrom("completed" as const, "notcompleted" as const),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      op: fc.constant("callback" as const),
      i: fc.nat(),
      forged: fc.constantFrom(null, "completed" as const, "notcompleted" as const),
    }),
    weight: 4,
  },
  { arbitrary: fc.record({ op: fc.constant("verify" as const), i: fc.nat() }), weight: 2 },
  { arbitrary: fc.constant({ op: "reconcile" as const }), weight: 1 },
  { arbitrary: fc.record({ op: fc.constant("reverse" as const), i: fc.nat() }), weight: 1 },
);

describe("ledger under random callbacks, verifications and settlements", () => {
  it("keeps its invariants after every concurrent batch", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(opArb, { minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 8 }),
        async (batches) => {
          for (const batch of batches) {
            await Promise.all(batch.map((op) => run(op)));
            await checkInvariants();
          }
        },
      ),
      { numRuns: 25, seed: Number(process.env.PROPERTY_SEED ?? 20261124) },
    );
  }, 120_000);

  it("the database itself refuses to modify or remove an entry", async () => {
    await expect(db().$executeRaw`UPDATE ledger_entries SET amount = amount + 1`).rejects.toThrow(
      /append-only/,
    );
    await expect(db().$executeRaw`DELETE FROM ledger_journals`).rejects.toThrow(/append-only/);
  });
});
