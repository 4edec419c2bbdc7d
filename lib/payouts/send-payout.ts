import { Prisma, type Payout, type PrismaClient } from "@/lib/generated/prisma/client";
import type { OperationContext } from "@/lib/http/request-context";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { LigdicashError } from "@/lib/ligdicash/ligdicash-error";
import type { CreatedPayout, LigdicashClient } from "@/lib/ligdicash/types";
import { notifyChange } from "@/lib/live/notify-change";
import { withExchange } from "@/lib/verification/record-exchange";
import { PAYOUT_CALL_UNANSWERED } from "@/lib/statuses";
import { describeForGateway } from "./describe-payout";
import { withPeople, type WithPeople } from "./payout-dto";

export type SendGateway = Pick<LigdicashClient, "createClientPayout" | "createMerchantPayout">;

type CallOutcome = { ok: true; created: CreatedPayout } | { ok: false; error: unknown };

/**
 * Test seams for crash points. A hook that throws stops the send exactly there, as a killed
 * process would: nothing after it runs (the row is left in `sending`).
 */
export type SendHooks = {
  afterClaim?: () => Promise<void>;
  afterCall?: (outcome: CallOutcome) => Promise<void>;
};

/**
 * Hands one approved payout to LigdiCash — at most once, whatever the number of clicks, retries,
 * instances or crashes. The claim `approved → sending` is a conditional update: exactly one
 * caller wins it and only the winner calls LigdiCash. Nothing ever moves a payout back to
 * `approved`: a payout left in `sending` by a crash becomes `outcome_unknown`
 * (recoverStuckPayouts) and is resolved by asking LigdiCash, never by sending again.
 * Returns the payout as it stands afterwards (unchanged when this caller did not win the claim).
 */
export async function sendPayout(
  { db, gateway, actor }: Pick<OperationContext, "db" | "actor"> & { gateway: SendGateway },
  { payoutId, hooks = {} }: { payoutId: string; hooks?: SendHooks },
): Promise<WithPeople | null> {
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE payouts SET status = 'sending', send_started_at = now(), updated_at = now()
    WHERE id = ${payoutId} AND status = 'approved' RETURNING id`;
  if (claimed.length === 0) return db.payout.findUnique({ where: { id: payoutId }, include: withPeople });
  await sendClaimedPayout({ db, gateway, actor }, { payoutId, hooks });
  return db.payout.findUnique({ where: { id: payoutId }, include: withPeople });
}

/**
 * The call itself, for a payout this caller has just claimed (`sending`, committed): a batch
 * line is claimed in the same transaction that creates its payout (lib/payout-batches/claim-line.ts).
 * Never call it for a payout you did not claim.
 */
export async function sendClaimedPayout(
  { db, gateway, actor }: Pick<OperationContext, "db" | "actor"> & { gateway: SendGateway },
  { payoutId, hooks = {} }: { payoutId: string; hooks?: SendHooks },
): Promise<void> {
  const payout = await db.payout.findUniqueOrThrow({ where: { id: payoutId } });
  await hooks.afterClaim?.();

  const outcome = await callGateway(db, gateway, payout);
  await hooks.afterCall?.(outcome);

  if (outcome.ok) await storeAccepted(db, payout, outcome.created, actor);
  else await storeFailure(db, payout.id, outcome.error);
}

async function callGateway(db: PrismaClient, gateway: SendGateway, payout: Payout): Promise<CallOutcome> {
  const base = {
    transactionId: payout.id,
    amount: payout.amount,
    description: describeForGateway(payout.purpose, payout.id),
    phone: payout.recipientPhone,
  };
  try {
    if (payout.destination === "wallet") {
      const destination = payout.topUpWallet === 1 ? "wallet" : "mobile_money";
      const created = await withExchange(
        db,
        "wallet_payout_create",
        { ...base, topUpWallet: payout.topUpWallet },
        { payoutId: payout.id },
        () => gateway.createClientPayout({ ...base, destination }),
      );
      return { ok: true, created };
    }
    const created = await withExchange(db, "mobile_money_payout_create", base, { payoutId: payout.id }, () =>
      gateway.createMerchantPayout(base),
    );
    return { ok: true, created };
  } catch (error) {
    return { ok: false, error };
  }
}

async function storeAccepted(
  db: PrismaClient,
  payout: Payout,
  created: CreatedPayout,
  actor: AuditActor,
): Promise<void> {
  await db.$transaction(async (tx) => {
    // `outcome_unknown` too: recovery may have given up on a call that then answered late.
    const updated = await tx.$executeRaw`
      UPDATE payouts SET status = 'pending', gateway_token = ${created.token}, sent_at = now(), updated_at = now()
      WHERE id = ${payout.id} AND gateway_token IS NULL AND status IN (${Prisma.join(PAYOUT_CALL_UNANSWERED)})`;
    if (updated === 0) {
      // Already settled by its callback meanwhile: keep the token for status queries all the same.
      await tx.$executeRaw`UPDATE payouts SET gateway_token = ${created.token}, sent_at = COALESCE(sent_at, now()) WHERE id = ${payout.id} AND gateway_token IS NULL`;
      return;
    }
    await recordAudit(tx, {
      actor,
      action: "payout.sent",
      target: { type: "payout", id: payout.id },
      after: { amount: payout.amount, destination: payout.destination, operator: created.operator },
    });
    await notifyChange(tx, { entity: "payout", id: payout.id, status: "pending" });
  });
}

async function storeFailure(db: PrismaClient, payoutId: string, error: unknown): Promise<void> {
  // Only a definite refusal is final. Anything else (timeout, 5xx, garbage, a bug) may have moved money.
  const refused = error instanceof LigdicashError && !error.outcomeUnknown;
  const code = error instanceof LigdicashError ? error.code : "unexpected";
  if (!refused) console.error(`[caisse] payout ${payoutId}: outcome unknown after LigdiCash call`, error);
  await db.$transaction(async (tx) => {
    const status = refused ? "failed" : "outcome_unknown";
    const updated = await tx.$executeRaw`
      UPDATE payouts SET status = ${status}::"PayoutStatus", failure_code = ${code}, settled_at = ${refused ? new Date() : null}, updated_at = now()
      WHERE id = ${payoutId} AND gateway_token IS NULL AND status IN (${Prisma.join(PAYOUT_CALL_UNANSWERED)})`;
    if (updated > 0) await notifyChange(tx, { entity: "payout", id: payoutId, status });
  });
}
