import type { Payout } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/record-audit";
import type { OperationContext } from "@/lib/http/request-context";
import type { PayoutStatus } from "@/lib/ligdicash/map-status";
import { applyVerifiedPayout } from "@/lib/verification/apply-verified";
import { payoutRuleError } from "./rule-error";

export type ManualOutcome = { outcome: "completed" | "notcompleted"; note: string };

/**
 * A payout whose creation answer was lost has no LigdiCash token: nobody can ask LigdiCash for
 * its status, and its callback alone is never trusted. A manager who has looked it up in the
 * LigdiCash dashboard records what they saw. It goes through applyVerifiedPayout — the one
 * transition path, with its row lock and ledger posting — and never sends anything.
 * Only for tokenless `outcome_unknown` payouts; the note (what was checked) is required and audited.
 * Never by the requester: "not completed" frees a refund's room for a new refund, so the person who
 * asked for the money must not be the one who declares it never left (four eyes, as in decidePayout).
 */
export async function resolvePayoutManually(
  { db, actor, ip }: Pick<OperationContext, "db" | "actor" | "ip">,
  { payoutId, ...input }: ManualOutcome & { payoutId: string },
): Promise<Payout> {
  const payout = await db.payout.findUnique({ where: { id: payoutId } });
  if (!payout) throw payoutRuleError("not_found");
  if (payout.requestedById === actor.id) throw payoutRuleError("own_request");
  if (payout.status !== "outcome_unknown" || payout.gatewayToken)
    throw payoutRuleError("manual_resolution_not_possible");
  const seen: PayoutStatus = {
    status: input.outcome,
    amount: payout.amount,
    operatorId: null,
    operatorName: null,
    operator: null,
    transactionId: payout.id,
    externalId: null,
    customData: {},
    unknownStatus: null,
    raw: { manual: true },
  };
  const applied = await applyVerifiedPayout(db, payoutId, seen);
  if (applied.result !== "applied") throw payoutRuleError("manual_resolution_not_possible");
  // Recorded right after the transition (applyVerifiedPayout commits its own statement).
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actor,
      action: "payout.resolved_manually",
      target: { type: "payout", id: payoutId },
      ip,
      before: { status: "outcome_unknown" },
      after: { status: input.outcome, note: input.note },
    }),
  );
  return db.payout.findUniqueOrThrow({ where: { id: payoutId } });
}
