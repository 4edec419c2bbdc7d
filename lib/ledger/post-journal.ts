import type { Prisma } from "@/lib/generated/prisma/client";
import { newId } from "./new-id";

export type PostingLine = { account: string; operator?: string; amount: number };

export type Posting = {
  /** Unique per movement (e.g. `invoice:<id>:completed`): posting twice is refused by the database. */
  postingKey: string;
  description: string;
  invoiceId?: string;
  payoutId?: string;
  lines: PostingLine[];
  postedAt?: Date;
  /** Set by reverseJournal only: the journal this one corrects (unique: reversed at most once). */
  reversesId?: string;
};

export class UnbalancedPostingError extends Error {
  constructor(readonly postingKey: string, readonly sum: number) {
    super(`Posting ${postingKey} does not balance (sum ${sum})`);
  }
}

/** Refused before it reaches the database: lines that do not sum to zero, fewer than two, or an
 * amount that is not a whole non-zero number of XOF. */
export function assertBalanced(posting: Posting): void {
  const sum = posting.lines.reduce((total, line) => total + line.amount, 0);
  if (sum !== 0 || posting.lines.length < 2 || posting.lines.some((l) => !Number.isSafeInteger(l.amount) || l.amount === 0)) {
    throw new UnbalancedPostingError(posting.postingKey, sum);
  }
}

/**
 * Appends one journal and its entries. Must run inside the transaction that changes the
 * movement's state, so the books and the state never disagree. The database checks balance
 * again at commit (deferred trigger) and refuses duplicates through `posting_key`.
 */
export async function postJournal(tx: Prisma.TransactionClient, posting: Posting): Promise<string> {
  assertBalanced(posting);
  const postedAt = posting.postedAt ?? new Date();
  const id = newId();
  // One statement for the journal and its entries (hot path of every verified payment). A second
  // posting with the same key fails on the unique posting_key, rolling back the caller's transaction.
  await tx.$executeRaw`
    WITH journal AS (
      INSERT INTO ledger_journals (id, posting_key, description, posted_at, reverses_id, invoice_id, payout_id)
      VALUES (${id}, ${posting.postingKey}, ${posting.description}, ${postedAt}, ${posting.reversesId ?? null}, ${posting.invoiceId ?? null}, ${posting.payoutId ?? null})
      RETURNING id)
    INSERT INTO ledger_entries (journal_id, account, operator, amount, posted_at)
    SELECT journal.id, line.account, line.operator, line.amount, ${postedAt}
    FROM journal, unnest(${posting.lines.map((l) => l.account)}::text[], ${posting.lines.map((l) => l.operator ?? null)}::text[], ${posting.lines.map((l) => l.amount)}::int[]) WITH ORDINALITY AS line(account, operator, amount, n)
    ORDER BY line.n`;
  return id;
}
