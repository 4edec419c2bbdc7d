import { CUSTOMERS_ACCOUNT, PAYEES_ACCOUNT, operatorAccount } from "./accounts";

export type PostingLine = { account: string; operator?: string; amount: number };

export type Posting = {
  /** Unique per movement (e.g. `invoice:<id>:completed`): posting twice is refused by the database. */
  postingKey: string;
  description: string;
  invoiceId?: string;
  payoutId?: string;
  lines: PostingLine[];
  postedAt?: Date;
  /** Reversals only: the journal this one corrects (unique: reversed at most once). */
  reversesId?: string;
};

export class UnbalancedPostingError extends Error {
  constructor(
    readonly postingKey: string,
    readonly sum: number,
  ) {
    super(`Posting ${postingKey} does not balance (sum ${sum})`);
  }
}

/** Refused before it reaches the database: lines that do not sum to zero, fewer than two, or an
 * amount that is not a whole non-zero number of XOF. */
export function assertBalanced(posting: Posting): void {
  const sum = posting.lines.reduce((total, line) => total + line.amount, 0);
  const wrongAmount = posting.lines.some((l) => !Number.isSafeInteger(l.amount) || l.amount === 0);
  if (sum !== 0 || posting.lines.length < 2 || wrongAmount) {
    throw new UnbalancedPostingError(posting.postingKey, sum);
  }
}

/** A journal being corrected, as read from the database (entries included). */
export type ReversedJournal = {
  id: string;
  postingKey: string;
  invoiceId: string | null;
  payoutId: string | null;
  entries: { account: string; operator: string | null; amount: number }[];
};

/** Every money movement the books record. `operator`: the LigdiCash sub-account that moved. */
export type Movement =
  | { kind: "payin_completed"; invoiceId: string; operator: string; amount: number; description: string }
  | { kind: "payout_completed"; payoutId: string; operator: string; amount: number; description: string }
  | { kind: "reversal"; journal: ReversedJournal; reason: string };

/**
 * The one place that says how a movement is booked. A completed payin credits the sub-account of
 * the operator the customer paid with (money came from customers); a completed payout (refund or
 * standalone) debits the recipient operator's sub-account, the one LigdiCash takes the money
 * from (money went to payees); a reversal negates every entry of the journal it corrects.
 * The posting key makes each movement bookable once (unique in the database).
 */
export function buildPosting(movement: Movement, postedAt?: Date): Posting {
  const posting = describePosting(movement);
  if (postedAt) posting.postedAt = postedAt;
  assertBalanced(posting);
  return posting;
}

function describePosting(movement: Movement): Posting {
  switch (movement.kind) {
    case "payin_completed": {
      const { invoiceId, operator, amount, description } = movement;
      return {
        postingKey: `invoice:${invoiceId}:completed`,
        description,
        invoiceId,
        lines: [
          { account: operatorAccount(operator), operator, amount },
          { account: CUSTOMERS_ACCOUNT, amount: -amount },
        ],
      };
    }
    case "payout_completed": {
      const { payoutId, operator, amount, description } = movement;
      return {
        postingKey: `payout:${payoutId}:completed`,
        description,
        payoutId,
        lines: [
          { account: operatorAccount(operator), operator, amount: -amount },
          { account: PAYEES_ACCOUNT, amount },
        ],
      };
    }
    case "reversal": {
      const { journal, reason } = movement;
      return {
        postingKey: `reversal:${journal.id}`,
        description: `Contre-passation de ${journal.postingKey} : ${reason}`.slice(0, 500),
        invoiceId: journal.invoiceId ?? undefined,
        payoutId: journal.payoutId ?? undefined,
        reversesId: journal.id,
        lines: journal.entries.map((e) => ({
          account: e.account,
          operator: e.operator ?? undefined,
          amount: -e.amount,
        })),
      };
    }
  }
}
