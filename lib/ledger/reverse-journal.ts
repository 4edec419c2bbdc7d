import en from "@/messages/en/ledger.json";
import fr from "@/messages/fr/ledger.json";
import type { Locale } from "@/i18n/config";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { AppError } from "@/lib/http/app-error";
import { notifyChange } from "@/lib/live/notify-change";
import { isUniqueViolation } from "@/lib/unique-violation";
import { buildPosting } from "./journal";
import { postJournal } from "./post-journal";

export type NotReversibleReason = "already_reversed" | "is_reversal";

const REASONS: Record<Locale, Record<NotReversibleReason, string>> = { fr: fr.reverse.refused, en: en.reverse.refused };

/** 409 with the reason, and its text for the person in `fields[0]` (as the other business rules do). */
function notReversible(reason: NotReversibleReason, locale: Locale): AppError {
  return new AppError("conflict", { reason, fields: [{ path: "", message: REASONS[locale][reason] }] });
}

export type Reversal = { actor: AuditActor; reason: string; ip?: string | null; locale?: Locale; now?: Date };

/**
 * Corrects a journal the only way the ledger allows: a new journal with every entry negated,
 * pointing at it through `reverses_id`, and its audit record, in one transaction. A journal is
 * reversed at most once (the unique `reverses_id` and posting key refuse a second one, even from
 * two instances at once: the loser gets the same 409 as a late click), and a reversal is not
 * itself reversed — post a fresh journal instead. The movement's own state (invoice, payout) is
 * not changed here: the money moved at LigdiCash; the books are what is being corrected.
 */
export async function reverseJournal(db: PrismaClient, journalId: string, reversal: Reversal): Promise<string> {
  const { actor, reason, ip, locale = "fr", now = new Date() } = reversal;
  try {
    return await db.$transaction(async (tx) => {
      const journal = await tx.ledgerJournal.findUnique({ where: { id: journalId }, include: { entries: true, reversedBy: { select: { id: true } } } });
      if (!journal) throw new AppError("not_found");
      if (journal.reversesId) throw notReversible("is_reversal", locale);
      if (journal.reversedBy) throw notReversible("already_reversed", locale);
      const id = await postJournal(tx, buildPosting({ kind: "reversal", journal, reason }, now));
      await recordAudit(tx, { actor, action: "ledger.journal_reversed", target: { type: "ledger_journal", id: journalId }, ip, after: { reversalId: id, reason } });
      await notifyChange(tx, { entity: "ledger", id });
      return id;
    });
  } catch (error) {
    // Another reversal of the same journal committed between our read and our insert.
    if (isUniqueViolation(error)) throw notReversible("already_reversed", locale);
    throw error;
  }
}
