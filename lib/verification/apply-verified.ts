import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { PayinStatus, PayoutStatus } from "@/lib/ligdicash/map-status";
import type { PayoutStatus as PayoutState } from "@/lib/generated/prisma/enums";
import { planPayin } from "./plan-payin";
import { planPayout } from "./plan-payout";
import { loadSettlementRow } from "./settlement-row";
import type { Plan, SettlementResult, SettlementRow } from "./types";
import { writeMove } from "./write-moves";

/** Another writer moved the row between our read and our write this many times in a row: give up (the caller retries later). */
const MAX_ATTEMPTS = 5;

/**
 * Applies what LigdiCash's status answer says about one invoice or payout — and only that.
 * The legal transition is decided here, on the state read before LigdiCash was asked, and written
 * only if the row still has that state (writeMove). Concurrent verifications (two callbacks, a
 * callback and the reconciliation job, several app instances) therefore serialise on the row and
 * exactly one applies; a loser re-reads the row and decides again (usually: already applied).
 * The ledger posting commits with the state change; its unique posting key is a second guard.
 */
export async function applyVerified(
  db: PrismaClient,
  row: SettlementRow,
  verified: PayinStatus | PayoutStatus,
  now = new Date(),
): Promise<SettlementResult> {
  let current: SettlementRow | null = row;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    if (!current) return { result: "not_found", status: null };
    const plan: Plan<string> =
      current.kind === "invoice"
        ? planPayin(current, verified as PayinStatus, now)
        : planPayout(current, verified, now);
    if (!plan.move || (await writeMove(db, plan.move))) return plan.result;
    current = await loadSettlementRow(db, current.id);
  }
  throw new Error(`${row.kind} ${row.id}: state kept changing under settlement`);
}

/** Applies a verified payout status to one payout by id (re-read now). */
export async function applyVerifiedPayout(
  db: PrismaClient,
  payoutId: string,
  verified: PayoutStatus,
  now = new Date(),
): Promise<SettlementResult<PayoutState>> {
  const row = await loadSettlementRow(db, payoutId);
  if (row?.kind !== "payout") return { result: "not_found", status: null };
  return applyVerified(db, row, verified, now) as Promise<SettlementResult<PayoutState>>;
}
