/**
 * What a journal says to a reader. lib/ledger/journal.ts stores a reversal's description as
 * "Contre-passation de <posting key> : <reason>", a record for the books; the page shows the
 * reason in the reader's language, without the key.
 */
type LedgerTranslator = (key: string, values?: Record<string, string>) => string;

const REVERSAL = /^Contre-passation de \S+ : ([\s\S]*)$/;

export function journalTitle(
  journal: { description: string; reversesId: string | null },
  t: LedgerTranslator,
): string {
  const reason = journal.reversesId ? REVERSAL.exec(journal.description)?.[1] : undefined;
  return reason === undefined ? journal.description : t("reversalOf", { reason });
}
