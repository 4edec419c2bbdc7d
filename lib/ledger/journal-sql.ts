import { Prisma } from "@/lib/generated/prisma/client";
import { assertBalanced, type Posting } from "./journal";
import { newId } from "@/lib/db/new-id";

/** A checked posting with its row id, ready to insert. `tag`: the caller's key for it in a batch. */
export type PreparedJournal = { id: string; posting: Posting; postedAt: Date; tag: number };

/** Checks the posting balances (throws UnbalancedPostingError) and gives it its row id. */
export function prepareJournal(
  posting: Posting,
  postedAt = posting.postedAt ?? new Date(),
  tag = 0,
): PreparedJournal {
  assertBalanced(posting);
  return { id: newId(), posting, postedAt, tag };
}

/**
 * The two common table expressions `journal` and `entry` that insert journals and their entries,
 * to embed in a `WITH`: one statement whatever the number of journals (the settlement hot path
 * writes a whole burst of verified callbacks at once). `when` is a condition on `j.tag` choosing
 * which journals to insert (settlement: only those whose movement's state changed); entries
 * follow their journal. The database checks balance again at commit (deferred trigger) and
 * refuses a second journal with the same `posting_key`.
 */
export function journalCtes(journals: PreparedJournal[], when: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  const lines = journals.flatMap((j) => j.posting.lines.map((line) => ({ journalId: j.id, ...line })));
  const column = <T>(pick: (j: PreparedJournal) => T) => journals.map(pick);
  return Prisma.sql`journal AS (
      INSERT INTO ledger_journals (id, posting_key, description, posted_at, reverses_id, invoice_id, payout_id)
      SELECT j.id, j.posting_key, j.description, j.posted_at, j.reverses_id, j.invoice_id, j.payout_id
      FROM unnest(${column((j) => j.tag)}::int[], ${column((j) => j.id)}::text[], ${column((j) => j.posting.postingKey)}::text[],
                  ${column((j) => j.posting.description)}::text[], ${column((j) => j.postedAt.toISOString())}::timestamptz[],
                  ${column((j) => j.posting.reversesId ?? null)}::text[], ${column((j) => j.posting.invoiceId ?? null)}::text[],
                  ${column((j) => j.posting.payoutId ?? null)}::text[])
        AS j(tag, id, posting_key, description, posted_at, reverses_id, invoice_id, payout_id)
      WHERE ${when}
      RETURNING id, posted_at),
    entry AS (
      INSERT INTO ledger_entries (journal_id, account, operator, amount, posted_at)
      SELECT journal.id, l.account, l.operator, l.amount, journal.posted_at
      FROM unnest(${lines.map((l) => l.journalId)}::text[], ${lines.map((l) => l.account)}::text[],
                  ${lines.map((l) => l.operator ?? null)}::text[], ${lines.map((l) => l.amount)}::int[])
        WITH ORDINALITY AS l(journal_id, account, operator, amount, k)
      JOIN journal ON journal.id = l.journal_id
      ORDER BY l.k)`;
}

/** One statement that inserts the journals and their entries, alone. */
export function insertJournalsSql(journals: PreparedJournal[]): Prisma.Sql {
  return Prisma.sql`WITH ${journalCtes(journals)} SELECT count(*)::int AS journals FROM journal`;
}
