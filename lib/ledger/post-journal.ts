import type { Prisma } from "@/lib/generated/prisma/client";
import type { Posting } from "./journal";
import { insertJournalsSql, prepareJournal } from "./journal-sql";

/**
 * Appends one journal and its entries (see lib/ledger/journal.ts for how each movement is booked).
 * Must run inside the transaction that changes the movement's state, so the books and the state
 * never disagree. One statement; a second posting with the same key fails on the unique
 * posting_key, rolling back the caller's transaction.
 */
export async function postJournal(tx: Prisma.TransactionClient, posting: Posting): Promise<string> {
  const journal = prepareJournal(posting);
  await tx.$executeRaw(insertJournalsSql([journal]));
  return journal.id;
}
