import { describe, expect, it } from "vitest";
import { CUSTOMERS_ACCOUNT, PAYEES_ACCOUNT, operatorAccount } from "./accounts";
import { assertBalanced, buildPosting, UnbalancedPostingError, type Movement, type Posting } from "./journal";
import { insertJournalsSql, journalCtes, prepareJournal } from "./journal-sql";

const sum = (posting: Posting) => posting.lines.reduce((total, line) => total + line.amount, 0);

describe("buildPosting (the lines of every movement)", () => {
  it("a completed payin credits the operator's sub-account and debits customers, once per invoice", () => {
    const posting = buildPosting({
      kind: "payin_completed",
      invoiceId: "inv1",
      operator: "orange_bf",
      amount: 7_500,
      description: "Sac",
    });
    expect(posting).toMatchObject({
      postingKey: "invoice:inv1:completed",
      invoiceId: "inv1",
      description: "Sac",
    });
    expect(posting.lines).toEqual([
      { account: operatorAccount("orange_bf"), operator: "orange_bf", amount: 7_500 },
      { account: CUSTOMERS_ACCOUNT, amount: -7_500 },
    ]);
    expect(sum(posting)).toBe(0);
  });

  it("a completed payout debits the operator's sub-account and credits payees, once per payout", () => {
    const posting = buildPosting({
      kind: "payout_completed",
      payoutId: "p1",
      operator: "moov_bf",
      amount: 1_200,
      description: "Remboursement",
    });
    expect(posting).toMatchObject({ postingKey: "payout:p1:completed", payoutId: "p1" });
    expect(posting.lines).toEqual([
      { account: operatorAccount("moov_bf"), operator: "moov_bf", amount: -1_200 },
      { account: PAYEES_ACCOUNT, amount: 1_200 },
    ]);
    expect(sum(posting)).toBe(0);
  });

  it("a reversal negates every entry and points at the journal it corrects", () => {
    const journal = {
      id: "j1",
      postingKey: "invoice:inv1:completed",
      invoiceId: "inv1",
      payoutId: null,
      entries: [
        { account: operatorAccount("orange_bf"), operator: "orange_bf", amount: 300 },
        { account: operatorAccount("moov_bf"), operator: "moov_bf", amount: 200 },
        { account: CUSTOMERS_ACCOUNT, operator: null, amount: -500 },
      ],
    };
    const at = new Date("2026-01-02T03:04:05Z");
    const posting = buildPosting({ kind: "reversal", journal, reason: "saisi deux fois" }, at);
    expect(posting).toMatchObject({
      postingKey: "reversal:j1",
      reversesId: "j1",
      invoiceId: "inv1",
      payoutId: undefined,
      postedAt: at,
    });
    expect(posting.description).toContain("invoice:inv1:completed");
    expect(posting.lines.map((l) => l.amount)).toEqual([-300, -200, 500]);
    expect(posting.lines[2]).toEqual({ account: CUSTOMERS_ACCOUNT, operator: undefined, amount: 500 });
  });

  it.each<[string, Movement]>([
    [
      "a zero payin",
      { kind: "payin_completed", invoiceId: "i", operator: "orange_bf", amount: 0, description: "x" },
    ],
    [
      "a fractional payout",
      { kind: "payout_completed", payoutId: "p", operator: "orange_bf", amount: 10.5, description: "x" },
    ],
    [
      "a reversal of a journal without entries",
      {
        kind: "reversal",
        journal: { id: "j", postingKey: "k", invoiceId: null, payoutId: null, entries: [] },
        reason: "x",
      },
    ],
    [
      "a reversal of an unbalanced journal",
      {
        kind: "reversal",
        journal: {
          id: "j",
          postingKey: "k",
          invoiceId: null,
          payoutId: null,
          entries: [
            { account: "a", operator: null, amount: 5 },
            { account: "b", operator: null, amount: -4 },
          ],
        },
        reason: "x",
      },
    ],
  ])("refuses %s", (_, movement) => {
    expect(() => buildPosting(movement)).toThrow(UnbalancedPostingError);
  });
});

describe("assertBalanced and the journal SQL", () => {
  const unbalanced: Posting = {
    postingKey: "bad",
    description: "x",
    lines: [
      { account: "a", amount: 5 },
      { account: "b", amount: -4 },
    ],
  };

  it("refuses lines that do not sum to zero, a single line, and a zero line", () => {
    expect(() => assertBalanced(unbalanced)).toThrow(UnbalancedPostingError);
    expect(() => assertBalanced({ ...unbalanced, lines: [{ account: "a", amount: 0 }] })).toThrow(
      UnbalancedPostingError,
    );
    expect(() =>
      assertBalanced({
        ...unbalanced,
        lines: [
          { account: "a", amount: 0 },
          { account: "b", amount: 0 },
        ],
      }),
    ).toThrow(UnbalancedPostingError);
  });

  it("never prepares an unbalanced posting for the database", () => {
    expect(() => prepareJournal(unbalanced)).toThrow(UnbalancedPostingError);
  });

  it("inserts any number of journals and their entries in one statement, entries following their journal", () => {
    const a = prepareJournal(
      buildPosting({
        kind: "payin_completed",
        invoiceId: "i1",
        operator: "orange_bf",
        amount: 100,
        description: "a",
      }),
      new Date(0),
      1,
    );
    const b = prepareJournal(
      buildPosting({
        kind: "payout_completed",
        payoutId: "p1",
        operator: "moov_bf",
        amount: 40,
        description: "b",
      }),
      new Date(0),
      2,
    );
    const sql = insertJournalsSql([a, b]);
    expect(sql.sql.match(/INSERT INTO/g)).toHaveLength(2);
    expect(sql.values).toContainEqual([a.id, b.id]);
    expect(sql.values).toContainEqual([a.id, a.id, b.id, b.id]);
    expect(sql.values).toContainEqual([100, -100, -40, 40]);
    expect(journalCtes([a, b]).sql).toContain("JOIN journal ON journal.id = l.journal_id");
  });
});
