import { beforeAll, describe, expect, it } from "vitest";
import { CUSTOMERS_ACCOUNT, operatorAccount } from "@/lib/ledger/accounts";
import { postJournal } from "@/lib/ledger/post-journal";
import { withTestDb } from "@/test/support/test-db";
import type { Move } from "./types";
import { writeMove } from "./write-moves";

const { db } = withTestDb(10);
let userId: string;

beforeAll(async () => {
  userId = (
    await db().user.create({
      data: { email: "moves@test.bf", name: "M", role: "finance", passwordHash: "x" },
    })
  ).id;
});

async function pendingInvoice(amount = 2_000) {
  return db().invoice.create({
    data: {
      idempotencyKey: crypto.randomUUID(),
      channel: "hosted",
      status: "pending",
      totalAmount: amount,
      description: "Moves",
      customerFirstname: "A",
      customerLastname: "B",
      customerEmail: "a@b.bf",
      createdById: userId,
      gatewayToken: crypto.randomUUID(),
    },
  });
}

/** The move the settlement makes when LigdiCash says an invoice was paid through moov_bf. */
function completes(invoice: { id: string; totalAmount: number }, from = "pending"): Move {
  return {
    kind: "invoice",
    id: invoice.id,
    from,
    to: "completed",
    settles: true,
    at: new Date(),
    details: { operator: "moov_bf", payerPhone: "22670000001" },
    unknownStatus: null,
    posting: {
      postingKey: `invoice:${invoice.id}:completed`,
      description: "Moves",
      invoiceId: invoice.id,
      lines: [
        { account: operatorAccount("moov_bf"), operator: "moov_bf", amount: invoice.totalAmount },
        { account: CUSTOMERS_ACCOUNT, amount: -invoice.totalAmount },
      ],
    },
    changes: [{ entity: "invoice", id: invoice.id, status: "completed" }],
  };
}

const journals = (invoiceId: string) => db().ledgerJournal.count({ where: { invoiceId } });

describe("writeMove (many moves, one statement)", () => {
  it("of 20 concurrent moves of one invoice, in one statement or several, exactly one happens and posts once", async () => {
    const invoice = await pendingInvoice();
    // Spread over a few ticks: some moves share a statement, others race in statements of their own.
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i % 4));
        return writeMove(db(), completes(invoice));
      }),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({
      status: "completed",
      operator: "moov_bf",
      payerPhone: "22670000001",
    });
    expect(await journals(invoice.id)).toBe(1);
    const entries = await db().ledgerEntry.findMany({
      where: { journal: { invoiceId: invoice.id } },
      orderBy: { id: "asc" },
    });
    expect(entries.map((e) => [e.account, e.amount])).toEqual([
      [operatorAccount("moov_bf"), 2_000],
      [CUSTOMERS_ACCOUNT, -2_000],
    ]);
  });

  it("refuses a move from a state the row no longer has, and writes nothing for it", async () => {
    const invoice = await pendingInvoice();
    await db().invoice.update({ where: { id: invoice.id }, data: { status: "notcompleted" } });
    expect(await writeMove(db(), completes(invoice))).toBe(false);
    expect((await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("notcompleted");
    expect(await journals(invoice.id)).toBe(0);
  });

  it("a move the database refuses fails alone: the others of its batch are applied", async () => {
    const [poisoned, a, b] = await Promise.all([
      pendingInvoice(1_000),
      pendingInvoice(3_000),
      pendingInvoice(4_000),
    ]);
    // Its posting key is already taken: the batch statement fails at the unique index, then
    // each move is written alone and only this one fails — rolled back whole, state included.
    await db().$transaction((tx) =>
      postJournal(tx, {
        postingKey: `invoice:${poisoned.id}:completed`,
        description: "taken",
        lines: [
          { account: "a", amount: 1 },
          { account: "b", amount: -1 },
        ],
      }),
    );
    const outcomes = await Promise.allSettled([
      writeMove(db(), completes(a)),
      writeMove(db(), completes(poisoned)),
      writeMove(db(), completes(b)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((await db().invoice.findUniqueOrThrow({ where: { id: poisoned.id } })).status).toBe("pending");
    for (const ok of [a, b]) {
      expect((await db().invoice.findUniqueOrThrow({ where: { id: ok.id } })).status).toBe("completed");
      expect(await journals(ok.id)).toBe(1);
    }
  });

  it("an unbalanced posting never reaches the database, and fails only its own move", async () => {
    const [bad, good] = await Promise.all([pendingInvoice(), pendingInvoice()]);
    const unbalanced = completes(bad);
    unbalanced.posting!.lines[1]!.amount = -1_999;
    const outcomes = await Promise.allSettled([
      writeMove(db(), unbalanced),
      writeMove(db(), completes(good)),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["rejected", "fulfilled"]);
    expect((await db().invoice.findUniqueOrThrow({ where: { id: bad.id } })).status).toBe("pending");
    expect(await journals(good.id)).toBe(1);
  });
});
