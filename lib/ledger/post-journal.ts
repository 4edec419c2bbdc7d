import type { Prisma } from "@/lib/generated/prisma/client";

export type PostingLine = { account: string; operator?: string; amount: number };

export type Posting = {
  /** Unique per movement (e.g. `invoice:<id>:completed`): posting twice is refused by the database. */
  postingKey: string;
  description: string;
  invoiceId?: string;
  payoutId?: string;
  lines: PostingLine[];
  postedAt?: Date;
};

export class UnbalancedPostingError extends Error {
  constructor(readonly postingKey: string, readonly sum: number) {
    super(`Posting ${postingKey} does not balance (sum ${sum})`);
  }
}

/**
 * Appends one journal and its entries. Must run inside the transaction that changes the
 * movement's state, so the books and the state never disagree. The database checks balance
 * again at commit (deferred trigger) and refuses duplicates through `posting_key`.
 */
export async function postJournal(tx: Prisma.TransactionClient, posting: Posting): Promise<string> {
  const sum = posting.lines.reduce((total, line) => total + line.amount, 0);
  if (sum !== 0 || posting.lines.length < 2 || posting.lines.some((l) => !Number.isSafeInteger(l.amount) || l.amount === 0)) {
    throw new UnbalancedPostingError(posting.postingKey, sum);
  }
  const postedAt = posting.postedAt ?? new Date();
  const journal = await tx.ledgerJournal.create({
    data: {
      postingKey: posting.postingKey,
      description: posting.description,
      invoiceId: posting.invoiceId,
      payoutId: posting.payoutId,
      postedAt,
      entries: { create: posting.lines.map((l) => ({ account: l.account, operator: l.operator ?? null, amount: l.amount, postedAt })) },
    },
  });
  return journal.id;
}
