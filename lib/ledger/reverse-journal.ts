import type { PrismaClient } from "@/lib/generated/prisma/client";
import { notifyChange } from "@/lib/live/notify-change";
import { postJournal } from "./post-journal";

export class JournalNotReversibleError extends Error {
  constructor(readonly journalId: string, readonly reason: "not_found" | "already_reversed" | "is_reversal") {
    super(`Journal ${journalId} cannot be reversed: ${reason}`);
  }
}

/**
 * Corrects a journal the only way the ledger allows: a new journal with every entry negated,
 * pointing at it through `reverses_id`. A journal is reversed at most once (the unique
 * `reverses_id` and posting key refuse a second one, even from two instances at once), and a
 * reversal is not itself reversed — post a fresh journal instead. The movement's own state
 * (invoice, payout) is not changed here.
 */
export async function reverseJournal(db: PrismaClient, journalId: string, reason: string, now = new Date()): Promise<string> {
  return db.$transaction(async (tx) => {
    const journal = await tx.ledgerJournal.findUnique({ where: { id: journalId }, include: { entries: true, reversedBy: { select: { id: true } } } });
    if (!journal) throw new JournalNotReversibleError(journalId, "not_found");
    if (journal.reversesId) throw new JournalNotReversibleError(journalId, "is_reversal");
    if (journal.reversedBy) throw new JournalNotReversibleError(journalId, "already_reversed");
    const id = await postJournal(tx, {
      postingKey: `reversal:${journalId}`,
      description: `Contre-passation de ${journal.postingKey} : ${reason}`.slice(0, 500),
      invoiceId: journal.invoiceId ?? undefined,
      payoutId: journal.payoutId ?? undefined,
      reversesId: journalId,
      postedAt: now,
      lines: journal.entries.map((e) => ({ account: e.account, operator: e.operator ?? undefined, amount: -e.amount })),
    });
    await notifyChange(tx, { entity: "ledger", id });
    return id;
  });
}
