import { beforeAll, describe, expect, it } from "vitest";
import { withTestDb } from "@/test/support/test-db";
import { CUSTOMERS_ACCOUNT, operatorAccount } from "./accounts";
import { getOperatorBalances } from "./get-operator-balances";
import { listJournals } from "./list-journals";
import { UnbalancedPostingError } from "./journal";
import { postJournal } from "./post-journal";
import { reverseJournal } from "./reverse-journal";
import { inLanguage } from "@/test/support/translators";

const { db } = withTestDb(10);
const manager = { id: null, email: "gestion@caisse.bf" };

const post = (key: string, operator: string, amount: number) =>
  db().$transaction((tx) =>
    postJournal(tx, {
      postingKey: key,
      description: key,
      lines: [
        { account: operatorAccount(operator), operator, amount },
        { account: CUSTOMERS_ACCOUNT, amount: -amount },
      ],
    }),
  );
const balanceOf = async (operator: string) =>
  (await getOperatorBalances(db())).find((b) => b.operator === operator)?.balance ?? 0n;

describe("ledger", () => {
  beforeAll(async () => {
    await post("seed:1", "orange_bf", 10_000);
    await post("seed:2", "moov_bf", 2_500);
  });

  it("balances per operator are the sum of the entries, in bigint", async () => {
    await post("big:1", "orange_bf", 2_000_000_000);
    await post("big:2", "orange_bf", 2_000_000_000);
    expect(await balanceOf("orange_bf")).toBe(4_000_010_000n);
    expect(await balanceOf("moov_bf")).toBe(2_500n);
  });

  it("refuses unbalanced postings and a second posting of the same movement", async () => {
    await expect(
      db().$transaction((tx) =>
        postJournal(tx, {
          postingKey: "bad",
          description: "x",
          lines: [
            { account: "a", amount: 5 },
            { account: "b", amount: -4 },
          ],
        }),
      ),
    ).rejects.toBeInstanceOf(UnbalancedPostingError);
    await expect(post("seed:1", "orange_bf", 10_000)).rejects.toThrow();
    expect(await db().ledgerJournal.count({ where: { postingKey: "seed:1" } })).toBe(1);
  });

  it("corrects by a reversing journal, once, audited in the same transaction; never by editing", async () => {
    const id = await post("wrong:1", "moov_bf", 700);
    const before = await balanceOf("moov_bf");
    const reversalId = await reverseJournal(
      { db: db(), actor: manager, ip: "10.0.0.7" },
      { journalId: id, reason: "saisie en double" },
    );
    expect(await balanceOf("moov_bf")).toBe(before - 700n);
    const reversal = await db().ledgerJournal.findUniqueOrThrow({
      where: { id: reversalId },
      include: { entries: true },
    });
    expect(reversal.reversesId).toBe(id);
    expect(reversal.description).toContain("saisie en double");
    expect(reversal.entries.map((e) => e.amount).sort((a, b) => a - b)).toEqual([-700, 700]);
    const audit = await db().auditLog.findMany({
      where: { action: "ledger.journal_reversed", targetId: id },
    });
    expect(audit).toMatchObject([
      {
        actorEmail: manager.email,
        targetType: "ledger_journal",
        ip: "10.0.0.7",
        after: { reversalId, reason: "saisie en double" },
      },
    ]);

    await expect(
      reverseJournal({ db: db(), actor: manager }, { journalId: id, reason: "again" }),
    ).rejects.toMatchObject({ code: "conflict", details: { reason: "already_reversed" } });
    await expect(
      reverseJournal({ db: db(), actor: manager }, { journalId: reversalId, reason: "undo" }).catch(
        inLanguage("en"),
      ),
    ).rejects.toMatchObject({
      code: "conflict",
      details: {
        reason: "is_reversal",
        fields: [{ message: "A reversal cannot be reversed: post a new journal if needed." }],
      },
    });
    await expect(
      reverseJournal({ db: db(), actor: manager }, { journalId: "nope", reason: "x" }),
    ).rejects.toMatchObject({ code: "not_found" });
    // Refusals leave nothing behind: no journal, no audit record.
    expect(await db().ledgerJournal.count({ where: { reversesId: { in: [id, reversalId] } } })).toBe(1);
    expect(
      await db().auditLog.count({
        where: { action: "ledger.journal_reversed", targetId: { in: [id, reversalId, "nope"] } },
      }),
    ).toBe(1);
  });

  it("concurrent reversals of one journal: exactly one is posted and audited, the others get already_reversed", async () => {
    const id = await post("wrong:2", "orange_bf", 300);
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        reverseJournal({ db: db(), actor: manager }, { journalId: id, reason: "concurrent" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected"))
      expect(r.reason).toMatchObject({ code: "conflict", details: { reason: "already_reversed" } });
    expect(await db().ledgerJournal.count({ where: { reversesId: id } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "ledger.journal_reversed", targetId: id } })).toBe(1);
  });

  it("lists journals newest first with a stable keyset cursor", async () => {
    const first = await listJournals(db());
    expect(first.journals.length).toBeGreaterThan(0);
    const times = first.journals.map((j) => j.postedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(first.journals.every((j) => j.entries.reduce((s, e) => s + e.amount, 0) === 0)).toBe(true);
  });
});
