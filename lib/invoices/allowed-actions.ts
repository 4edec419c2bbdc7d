import { can, type Viewer } from "@/lib/auth/permissions";
import type { InvoiceDetailDto } from "./invoice-dto";

/** What the viewing staff member may do with an invoice now; the page shows exactly these. */
export type InvoiceActions = {
  /** Ask LigdiCash for the status now (any staff: it changes nothing LigdiCash has not said). */
  verify: boolean;
  /** Only while some of the amount is neither refunded nor being refunded (the server caps it again). */
  refund: boolean;
  /** Stop the customer's link from working: only while it awaits payment (the server checks again). */
  revoke: boolean;
  /** Start a new invoice from this one (LigdiCash refused it, or its creation answer was lost). */
  recreate: boolean;
};

export type ViewedInvoiceDto = InvoiceDetailDto & { allowedActions: InvoiceActions };

/** Derived from the role table and the invoice's state, on the server; the operations check again. */
export function allowedInvoiceActions(invoice: InvoiceDetailDto, viewer: Viewer): InvoiceActions {
  const canCreate = can(viewer.role, "invoices:create");
  return {
    verify: invoice.status === "pending",
    refund: can(viewer.role, "payouts:request") && refundableAmount(invoice) > 0,
    revoke: canCreate && invoice.displayState === "awaiting_payment",
    recreate: canCreate && (invoice.status === "failed" || invoice.status === "unknown" || invoice.stuck),
  };
}

/** What may still be refunded: a paid invoice's amount less its refunds made or on their way. */
export function refundableAmount(
  invoice: Pick<InvoiceDetailDto, "status" | "totalAmount" | "refundedAmount" | "refundingAmount">,
): number {
  if (invoice.status !== "completed") return 0;
  return Math.max(0, invoice.totalAmount - invoice.refundedAmount - invoice.refundingAmount);
}

export function viewInvoice(invoice: InvoiceDetailDto, viewer: Viewer): ViewedInvoiceDto {
  return { ...invoice, allowedActions: allowedInvoiceActions(invoice, viewer) };
}
