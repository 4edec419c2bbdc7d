import type { Tone } from "@/components/ui/badge";
import type { PayoutStatus } from "@/lib/generated/prisma/enums";
import type { InvoiceDisplayState } from "@/lib/invoices/display-state";

/** Badge colour of each invoice display state: what staff pages show for an invoice. */
export const invoiceStateTones: Record<InvoiceDisplayState, Tone> = {
  draft: "neutral",
  awaiting_payment: "info",
  expired: "warning",
  revoked: "neutral",
  paid: "success",
  partially_refunded: "brand",
  refunded: "neutral",
  not_completed: "danger",
};

/** Badge colour of each payout status, shared by the server badge and the client history table. */
export const payoutTones: Record<PayoutStatus, Tone> = {
  awaiting_approval: "warning",
  rejected: "neutral",
  approved: "info",
  sending: "info",
  outcome_unknown: "warning",
  pending: "info",
  completed: "success",
  notcompleted: "danger",
  failed: "danger",
  cancelled: "neutral",
};
