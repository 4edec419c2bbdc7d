import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import type { PayinStatus } from "@/lib/ligdicash/map-status";
import { detectOperator } from "@/lib/phone";
import { planMove } from "./plan-move";
import { payinTransition } from "./transitions";
import type { Plan, SettlementRow } from "./types";

/**
 * What LigdiCash's status answer means for one invoice: callers pass the answer of a status query
 * made with our stored token, never a callback body. A completed payin is booked on the
 * sub-account of the operator the customer paid with ("unknown" when LigdiCash did not say).
 */
export function planPayin(
  invoice: Extract<SettlementRow, { kind: "invoice" }>,
  verified: PayinStatus,
  at: Date,
): Plan<InvoiceStatus> {
  return planMove(invoice, payinTransition(invoice.status, verified.status), verified, at, () => {
    const operator =
      verified.operator ??
      (verified.payerPhone ? detectOperator(verified.payerPhone)?.code : undefined) ??
      null;
    return {
      details: {
        operator,
        operatorName: verified.operatorName,
        payerPhone: verified.payerPhone,
        requestId: verified.requestId,
      },
      completed: {
        kind: "payin_completed",
        invoiceId: invoice.id,
        operator: operator ?? "unknown",
        amount: invoice.amount,
        description: invoice.description,
      },
    };
  });
}
