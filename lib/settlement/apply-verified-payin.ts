import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { CUSTOMERS_ACCOUNT, operatorAccount } from "@/lib/ledger/accounts";
import { postJournal } from "@/lib/ledger/post-journal";
import type { PayinStatus } from "@/lib/ligdicash/map-status";
import { detectOperator } from "@/lib/phone";
import { notifyChange } from "@/lib/live/notify-change";
import { payinTransition, type Transition } from "./transitions";

export type SettlementResult = {
  result: Exclude<Transition["kind"], "apply"> | "applied" | "amount_mismatch" | "not_found";
  status: InvoiceStatus | null;
};

/**
 * Applies what LigdiCash's status answer says about one invoice — and only that: callers pass
 * the answer of a status query made with our stored token, never a callback body.
 * The invoice row is locked, so concurrent verifications (two callbacks, a callback and the
 * reconciliation job, several app instances) serialise here and exactly one applies; the ledger
 * posting happens in the same transaction and its unique posting key is a second guard.
 */
export async function applyVerifiedPayin(db: PrismaClient, invoiceId: string, verified: PayinStatus, now = new Date()): Promise<SettlementResult> {
  return db.$transaction(async (tx) => {
    const [invoice] = await tx.$queryRaw<{ status: InvoiceStatus; total_amount: number; description: string }[]>`
      SELECT status, total_amount, description FROM invoices WHERE id = ${invoiceId} FOR UPDATE`;
    if (!invoice) return { result: "not_found", status: null };
    const transition = payinTransition(invoice.status, verified.status);
    if (transition.kind !== "apply") {
      if (transition.kind === "still_pending") await tx.invoice.update({ where: { id: invoiceId }, data: { lastCheckedAt: now } });
      return { result: transition.kind, status: invoice.status };
    }
    // LigdiCash says the customer paid a different amount than we asked: a person must look.
    if (transition.to === "completed" && verified.amount !== null && verified.amount !== invoice.total_amount) {
      return { result: "amount_mismatch", status: invoice.status };
    }
    const operator = verified.operator ?? (verified.payerPhone ? detectOperator(verified.payerPhone)?.code : undefined) ?? null;
    await tx.invoice.update({
      where: { id: invoiceId },
      data: {
        status: transition.to,
        settledAt: now,
        lastCheckedAt: now,
        nextCheckAt: null,
        operator,
        operatorName: verified.operatorName,
        payerPhone: verified.payerPhone,
        gatewayRequestId: verified.requestId ?? undefined,
      },
    });
    if (transition.to === "completed") {
      const subAccount = operator ?? "unknown";
      await postJournal(tx, {
        postingKey: `invoice:${invoiceId}:completed`,
        description: invoice.description,
        invoiceId,
        postedAt: now,
        lines: [
          { account: operatorAccount(subAccount), operator: subAccount, amount: invoice.total_amount },
          { account: CUSTOMERS_ACCOUNT, amount: -invoice.total_amount },
        ],
      });
      await notifyChange(tx, { entity: "ledger", id: invoiceId });
    }
    await notifyChange(tx, { entity: "invoice", id: invoiceId, status: transition.to });
    return { result: "applied", status: transition.to };
  });
}
