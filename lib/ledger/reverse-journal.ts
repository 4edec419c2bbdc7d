import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import type { OperationContext } from "@/lib/http/request-context";
import { notifyChange } from "@/lib/live/notify-change";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { buildPosting } from "./journal";
import { postJournal } from "./post-journal";

export type NotReversibleReason = "already_reversed" | "is_reversal";

/** 409 with the reason; its words (ledger.reverse.refused.<reason>) go in `fields[0]` at the edge, as for the other business rules. */
function notReversible(reason: NotReversibleReason): AppError {
  return new AppError("conflict", { reason }, { key: `ledger.reverse.refused.${reason}` });
}

export type Reversal = { journalId: string; reason: string; now?: Date };

/**
 * Corrects a journal the only way the ledger allows: a new journal with every entry negated,
 * pointing at it through `reverses_id`, and its audit record, in one transaction. A journal is
 * reversed at most once (the unique `reverses_id` and posting key refuse a second one, even from
 * two instances at once: the loser gets the same 409 as a late click), and a reversal is not
 * itself reversed — post a fresh journal instead. The movement's own state (invoice, payout) is
 * not changed here: the money moved at LigdiCash; the books are what is being corrected.
 */
export async function reverseJournal(
  { db, actor, ip = null }: Pick<OperationContext, "db"> & { actor: AuditActor; ip?: string | null },
  { journalId, reason, now = new Date() }: Reversal,
): Promise<string> {
  try {
    return await db.$transaction(async (tx) => {
      const journal = await tx.ledgerJournal.findUnique({
        where: { id: journalId },
        include: { entries: true, reversedBy: { select: { id: true } } },
      });
      if (!journal) throw new AppError("not_found");
      if (journal.reversesId) throw notReversible("is_reversal");
      if (journal.reversedBy) throw notReversible("already_reversed");
      const id = await postJournal(tx, buildPosting({ kind: "reversal", journal, reason }, now));
      await recordAudit(tx, {
        actor,
        action: "ledger.journal_reversed",
        target: { type: "ledger_journal", id: journalId },
        ip,
        after: { reversalId: id, reason },
      });
      await notifyChange(tx, { entity: "ledger", id });
      return id;
    });
  } catch (error) {
    // Another reversal of the same journal committed between our read and our insert.
    if (isUniqueViolation(error)) throw notReversible("already_reversed");
    throw error;
  }
}
