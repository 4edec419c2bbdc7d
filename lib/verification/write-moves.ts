import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hotQuery } from "@/lib/db/client";
import { batcherFor } from "@/lib/db/batcher";
import { prepareJournal } from "@/lib/ledger/journal-sql";
import { moveRowsSql } from "./sql/move-rows";
import type { Move } from "./types";

/**
 * Writes many moves in one statement (lib/verification/sql/move-rows.ts), atomically, and answers
 * per move whether it happened. Each posting is checked before anything is sent (an unbalanced
 * one throws, failing the batch, which the batcher then retries move by move); the
 * balanced-journal trigger and the unique posting key guard the books again at commit.
 */
async function writeMoves(db: PrismaClient, moves: Move[]): Promise<boolean[]> {
  const journals = moves.flatMap((m, i) => (m.posting ? [prepareJournal(m.posting, m.at, i + 1)] : []));
  const rows = await hotQuery<{ n: number }>(db, moveRowsSql(moves, journals));
  const done = new Set(rows.map((r) => Number(r.n)));
  return moves.map((_, i) => done.has(i + 1));
}

/** Submits one move; concurrent moves (a burst of verified callbacks) share one statement. */
export function writeMove(db: PrismaClient, move: Move): Promise<boolean> {
  return batcherFor(db, "settlement-moves", (moves: Move[]) => writeMoves(db, moves), {
    maxBatch: 200,
  }).submit(move);
}
