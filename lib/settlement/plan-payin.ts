import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { CUSTOMERS_ACCOUNT, operatorAccount } from "@/lib/ledger/accounts";
import type { PayinStatus } from "@/lib/ligdicash/map-status";
import { detectOperator } from "@/lib/phone";
import type { Plan } from "./apply-verified";
import { planMove } from "./plan-move";
import type { SettlementRow } from "./settlement-row";
import { payinTransition } from "./transitions";

/**
 * What LigdiCash's status answer means for one invoice: callers pass the answer of a status query
 * made with our stored token, never a callback body. A completed payin credits the sub-account of
 * the operator the customer paid with.
 */
export function planPayin(invoice: Extract<SettlementRow, { kind: "invoice" }>, verified: PayinStatus, at: Date): Plan<InvoiceStatus> {
  return planMove(invoice, payinTransition(invoice.status, verified.status), verified, at, () => {
    const operator = verified.operator ?? (verified.payerPhone ? detectOperator(verified.payerPhone)?.code : undefined) ?? null;
    const subAccount = operator ?? "unknown";
    return {
      details: { operator, operatorName: verified.operatorName, payerPhone: verified.payerPhone, requestId: verified.requestId },
      lines: [
        { account: operatorAccount(subAccount), operator: subAccount, amount: invoice.amount },
        { account: CUSTOMERS_ACCOUNT, amount: -invoice.amount },
      ],
    };
  });
}
