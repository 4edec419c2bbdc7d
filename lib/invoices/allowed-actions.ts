import { can, type Viewer } from "@/lib/auth/permissions";
import { FINAL_INVOICE_STATUSES, isIn } from "@/lib/statuses";
import type { InvoiceDetailDto } from "./invoice-dto";

/** What the viewing staff member may do with an invoice now; the page shows exactly these. */
export type InvoiceActions = {
  /** Ask LigdiCash for the status now (any staff: it changes nothing LigdiCash has not said). */
  verify: boolean;
  refund: boolean;
  /** Stop the customer's link from working (not once the invoice is final). */
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
    refund: invoice.status === "completed" && can(viewer.role, "payouts:request"),
    revoke: canCreate && !isIn(FINAL_INVOICE_STATUSES, invoice.status) && !invoice.revokedAt,
    recreate: canCreate && (invoice.status === "failed" || invoice.status === "unknown" || invoice.stuck),
  };
}

export function viewInvoice(invoice: InvoiceDetailDto, viewer: Viewer): ViewedInvoiceDto {
  return { ...invoice, allowedActions: allowedInvoiceActions(invoice, viewer) };
}
