import type { Payout, Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { OperationContext } from "@/lib/http/request-context";
import { recordAudit, type AuditActor } from "@/lib/audit/record-audit";
import { notifyChange } from "@/lib/live/notify-change";
import { assertSameRequest, fingerprintRequest } from "@/lib/idempotency/request-fingerprint";
import { getApprovalSettings } from "@/lib/settings/approval-settings";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { findApprovalReasons } from "./approval-rules";
import { assertRefundFits, lockRefundedInvoice } from "./refund-cap";
import { resolveRecipient } from "./resolve-recipient";
import { payoutRuleError } from "./rule-error";
import type { RequestPayoutInput } from "./schemas";
import { sumSentWithoutApproval } from "./sent-without-approval";

export type RequestPayoutResult = { payout: Payout; created: boolean };

/** The staff member asking: a payout always has a requester. */
export type Requester = AuditActor & { id: string };

/**
 * Stores a payout intent — BEFORE LigdiCash hears of it — as `approved` (sendable) or
 * `awaiting_approval` (see approval-rules.ts: over the threshold, over the requester's 24 h
 * total, or a refund to another number). Idempotent on the form's key: a double submit or a
 * retry returns the first payout; the same key with another body is refused. For a refund the invoice row is locked while the refunds
 * already made or in flight are summed and the new one inserted, so concurrent requests on any
 * number of instances can never together exceed what the customer paid. Likewise the
 * requester's row is locked while their 24 h total is summed, so simultaneous requests cannot
 * each slip under the rolling total.
 */
export async function requestPayout(
  { db, actor, ip }: Pick<OperationContext, "db" | "actor" | "ip">,
  input: RequestPayoutInput,
): Promise<RequestPayoutResult> {
  const existing = await findSameRequest(db, actor, input);
  if (existing) return { payout: existing, created: false };
  try {
    return await db.$transaction((tx) => storeIntent(tx, actor, input, ip), {
      maxWait: 20_000,
      timeout: 20_000,
    });
  } catch (error) {
    // Two submits of one form raced past the first look-up: the unique key let one in.
    if (isUniqueViolation(error)) {
      const winner = await findSameRequest(db, actor, input);
      if (winner) return { payout: winner, created: false };
    }
    throw error;
  }
}

async function findSameRequest(
  db: Pick<PrismaClient, "payout">,
  actor: AuditActor,
  input: RequestPayoutInput,
): Promise<Payout | null> {
  const payout = await db.payout.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
  if (!payout) return null;
  if (payout.requestedById !== actor.id) throw payoutRuleError("idempotency_reused");
  assertSameRequest(payout.requestHash, input);
  return payout;
}

async function storeIntent(
  tx: Prisma.TransactionClient,
  actor: Requester,
  input: RequestPayoutInput,
  ip: string | null,
): Promise<RequestPayoutResult> {
  let payerPhone: string | null = null;
  if (input.purpose === "refund" || input.invoiceId) {
    if (!input.invoiceId || input.purpose !== "refund") throw payoutRuleError("refund_needs_invoice");
    const invoice = await lockRefundedInvoice(tx, input.invoiceId);
    // Under the lock: a concurrent submit of this same form committed while we waited.
    const same = await findSameRequest(tx, actor, input);
    if (same) return { payout: same, created: false };
    payerPhone = await assertRefundFits(tx, invoice, input.amount);
  }
  if (input.destination === "wallet" && input.keepInWallet === undefined)
    throw payoutRuleError("keep_in_wallet_required");
  const recipient = resolveRecipient(input.recipient, payerPhone);
  const settings = await getApprovalSettings(tx);
  // NO KEY UPDATE: serializes this requester's requests without blocking foreign-key checks on the row.
  await tx.$queryRaw`SELECT id FROM users WHERE id = ${actor.id} FOR NO KEY UPDATE`;
  const sentWithoutApproval = await sumSentWithoutApproval(tx, actor.id);
  const approvalReasons = findApprovalReasons(
    {
      amount: input.amount,
      sentWithoutApproval,
      refundToOtherNumber: input.purpose === "refund" && recipient.phone !== payerPhone,
    },
    settings,
  );
  const payout = await tx.payout.create({
    data: {
      idempotencyKey: input.idempotencyKey,
      requestHash: fingerprintRequest(input),
      purpose: input.purpose,
      destination: input.destination,
      status: approvalReasons.length > 0 ? "awaiting_approval" : "approved",
      approvalReasons,
      amount: input.amount,
      reason: input.reason,
      recipientPhone: recipient.phone,
      recipientSource: recipient.source,
      operator: recipient.operator,
      topUpWallet: input.destination === "wallet" ? (input.keepInWallet ? 1 : 0) : null,
      invoiceId: input.invoiceId ?? null,
      requestedById: actor.id,
    },
  });
  await recordAudit(tx, {
    actor,
    action: "payout.requested",
    target: { type: "payout", id: payout.id },
    ip,
    after: {
      amount: payout.amount,
      purpose: payout.purpose,
      destination: payout.destination,
      recipientPhone: payout.recipientPhone,
      recipientSource: payout.recipientSource,
      invoiceId: payout.invoiceId,
      status: payout.status,
      approvalReasons,
      sentWithoutApproval,
      ...settings,
    },
  });
  await notifyChange(tx, { entity: "payout", id: payout.id, status: payout.status });
  return { payout, created: true };
}
