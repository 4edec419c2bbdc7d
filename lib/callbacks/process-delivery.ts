import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { LigdicashError } from "@/lib/ligdicash/ligdicash-error";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { CHANGES_CHANNEL } from "@/lib/live/notify-change";
import { verifyInvoice } from "@/lib/settlement/verify-invoice";
import { verifyPayout } from "@/lib/settlement/verify-payout";
import { decideVerdict, type Claim, type Verdict, type Verification } from "./decide-verdict";

export type StatusGateway = Pick<LigdicashClient, "getPayinStatus" | "getClientPayoutStatus" | "getMerchantPayoutStatus">;

/** Deliveries still to be judged: never processed, deferred (no token yet) or failed (retried). */
export const OPEN_OUTCOMES = ["received", "error"] as const;

/**
 * Verifies what one claim is about and returns the verdict. Never trusts the claim: the id finds
 * our row, lib/settlement asks LigdiCash with the token stored at creation (no call at all when
 * the row is final or unknown) and applies the legal transition under the row lock.
 */
export async function verifyClaim(db: PrismaClient, gateway: StatusGateway, claim: Claim): Promise<Verdict> {
  const id = claim.transactionId;
  if (!id) return decideVerdict(claim, null);
  // One query finds the id among invoices and payouts (our ids are unique across both).
  const [found] = await db.$queryRaw<{ kind: "invoice" | "payout"; amount: number }[]>`
    SELECT 'invoice' AS kind, total_amount AS amount FROM invoices WHERE id = ${id}
    UNION ALL SELECT 'payout', amount FROM payouts WHERE id = ${id} LIMIT 1`;
  if (!found) return decideVerdict(claim, null);
  const r = found.kind === "invoice" ? await verifyInvoice(db, gateway, id) : await verifyPayout(db, gateway, id);
  return decideVerdict(claim, { kind: found.kind, id, amount: found.amount, ...r } satisfies Verification);
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
export async function processDelivery(db: PrismaClient, gateway: StatusGateway, deliveryId: string, options: ProcessOptions = {}): Promise<Verdict | null> {
  const now = options.now ?? (() => new Date());
  let claim = options.claim;
  if (!claim) {
    const delivery = await db.callbackDelivery.findUnique({ where: { id: deliveryId } });
    if (!delivery) return null;
    if (!options.force && !(OPEN_OUTCOMES as readonly string[]).includes(delivery.outcome)) return null;
    claim = { transactionId: delivery.claimedTransactionId, status: delivery.claimedStatus, amount: delivery.claimedAmount };
  }
  let verdict: Verdict;
  try {
    verdict = await verifyClaim(db, gateway, claim);
  } catch (error) {
    const code = error instanceof LigdicashError ? error.code : "unexpected";
    if (!(error instanceof LigdicashError)) console.error(`[caisse] callback ${deliveryId} processing failed`, error);
    verdict = { outcome: "error", deferred: false, flagReason: `verification_failed:${code}`, verifiedStatus: null, verifiedAmount: null, invoiceId: null, payoutId: null };
  }
  await recordVerdict(db, deliveryId, verdict, now(), options);
  return verdict;
}

const QUIET_OUTCOMES = new Set<string>(["applied", "duplicate", "still_pending"]);

async function recordVerdict(db: PrismaClient, deliveryId: string, verdict: Verdict, at: Date, { force = false, alsoInTransaction }: ProcessOptions): Promise<void> {
  const open = force ? null : [...OPEN_OUTCOMES];
  // Announced only when nothing else is: applied/duplicate/still-pending verdicts go with an
  // invoice or payout change the live pages already hear about (they refresh ["callbacks"] too).
  // PostgreSQL serialises the commits of notifying transactions, so fewer NOTIFYs = more callbacks/s.
  const change = QUIET_OUTCOMES.has(verdict.outcome) || verdict.deferred ? null : JSON.stringify({ entity: "callback", id: deliveryId, status: verdict.outcome });
  // One statement: the verdict (only while the delivery is still open, unless forced) and, when a
  // row changed, its announcement — atomic without a BEGIN/COMMIT round trip on the hot path.
  const write = (client: Pick<PrismaClient, "$queryRaw">) => client.$queryRaw<{ id: string }[]>`
    WITH updated AS (
      UPDATE callback_deliveries SET
        outcome = ${verdict.outcome}::"CallbackOutcome", flag_reason = ${verdict.flagReason},
        verified_status = ${verdict.verifiedStatus}, verified_amount = ${verdict.verifiedAmount},
        processed_at = ${at},
        invoice_id = COALESCE(${verdict.invoiceId}, invoice_id), payout_id = COALESCE(${verdict.payoutId}, payout_id)
      WHERE id = ${deliveryId} AND (${open}::text[] IS NULL OR outcome::text = ANY(${open}::text[]))
      RETURNING id)
    SELECT id, CASE WHEN ${change}::text IS NOT NULL THEN pg_notify(${CHANGES_CHANNEL}, ${change}::text)::text END AS notified FROM updated`;
  if (!alsoInTransaction) {
    await write(db);
    return;
  }
  await db.$transaction(async (tx) => {
    const rows = await write(tx);
    if (rows.length > 0) await alsoInTransaction(tx, verdict);
  });
}
