import type { PublicInvoice } from "./public-invoice";
import { receiptPath } from "./receipt";

/** What the customer's status widget needs: the state, whether a retry is offered, the receipt. */
export function linkStatus(invoice: PublicInvoice) {
  return {
    status: invoice.state,
    canRetry: invoice.canRetry,
    receiptUrl: invoice.receiptId ? receiptPath(invoice.receiptId) : null,
  };
}
