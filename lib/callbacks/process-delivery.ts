import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { LigdicashError } from "@/lib/ligdicash/ligdicash-error";
import { verifyTransaction, type StatusGateway } from "@/lib/verification/verify-transaction";
import { findAttempt } from "@/lib/invoices/retry-payment";
import { decideVerdict, type Claim, type Verdict } from "./decide-verdict";
import { OPEN_OUTCOMES, recordVerdict, verdictStatement } from "./record-verdict";

/**
 * Verifies what one claim is about and returns the verdict. Never trusts the claim: the id finds
 * our row, lib/verification asks LigdiCash with the token stored at creation (no call at all when
 * the row is final or unknown) and applies the legal transition.
 */
async function verifyClaim(db: PrismaClient, gateway: StatusGateway, claim: Claim): Promise<Verdict> {
  const claimed = claim.transactionId;
  if (!claimed) return decideVerdict(claim, null);
  // A retried link's attempts (lib/invoices/retry-payment.ts): a closed one is final and is never
  // checked with the token of the invoice's current attempt; the open one verifies the invoice.
  const attempt = await findAttempt(db, claimed);
  if (attempt?.outcome) {
    const closed = {
      kind: "invoice" as const,
      id: attempt.invoiceId,
      result: "already_applied",
      status: attempt.outcome,
      verifiedStatus: null,
      verifiedAmount: null,
      amount: attempt.invoice.totalAmount,
    };
    return decideVerdict(claim, closed);
  }
  const id = attempt?.invoiceId ?? claimed;
  const r = await verifyTransaction(db, gateway, id);
  if (!r.kind || r.amount === null) return decideVerdict(claim, null);
  return decideVerdict(claim, { ...r, kind: r.kind, amount: r.amount, id });
}

export type ProcessOptions = {
  /** Staff re-verification: overwrite the verdict whatever it is. */
  force?: boolean;
  now?: () => Date;
  /** Runs in the transaction that records the verdict (the audit record of a re-verification). */
  alsoInTransaction?: (tx: Prisma.TransactionClient, verdict: Verdict) => Promise<void>;
  /** The claim as just stored (saves re-reading a delivery this process stored a moment ago). */
  claim?: Claim;
};

/**
 * Judges one stored delivery and records the verdict on it. Safe to run any number of times,
 * from any instance: the settlement is idempotent, and the verdict is written only while the
 * delivery is still open (`force` — a staff re-verification — overwrites it).
 * A LigdiCash failure leaves the delivery `error`; the sweeper retries it.
 */
export async function processDelivery(
  db: PrismaClient,
  gateway: StatusGateway,
  deliveryId: string,
  options: ProcessOptions = {},
): Promise<Verdict | null> {
  const now = options.now ?? (() => new Date());
  let claim = options.claim;
  if (!claim) {
    const delivery = await db.callbackDelivery.findUnique({ where: { id: deliveryId } });
    if (!delivery) return null;
    if (!options.force && !(OPEN_OUTCOMES as readonly string[]).includes(delivery.outcome)) return null;
    claim = {
      transactionId: delivery.claimedTransactionId,
      status: delivery.claimedStatus,
      amount: delivery.claimedAmount,
    };
  }
  let verdict: Verdict;
  try {
    verdict = await verifyClaim(db, gateway, claim);
  } catch (error) {
    const code = error instanceof LigdicashError ? error.code : "unexpected";
    if (!(error instanceof LigdicashError))
      console.error(`[caisse] callback ${deliveryId} processing failed`, error);
    verdict = {
      outcome: "error",
      deferred: false,
      flagReason: `verification_failed:${code}`,
      verifiedStatus: null,
      verifiedAmount: null,
      invoiceId: null,
      payoutId: null,
    };
  }
  await writeVerdict(db, deliveryId, verdict, now(), options);
  return verdict;
}

async function writeVerdict(
  db: PrismaClient,
  deliveryId: string,
  verdict: Verdict,
  at: Date,
  { force = false, alsoInTransaction }: ProcessOptions,
): Promise<void> {
  if (!alsoInTransaction) {
    await recordVerdict(db, { deliveryId, verdict, at, force });
    return;
  }
  await db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>(verdictStatement([{ deliveryId, verdict, at, force }]));
    if (rows.length > 0) await alsoInTransaction(tx, verdict);
  });
}
