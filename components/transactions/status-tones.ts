import type { Tone } from "@/components/ui/badge";
import type { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";

/** Badge colour of each status, shared by the server badge and the client history table. */
export const invoiceTones: Record<InvoiceStatus, Tone> = {
  draft: "neutral",
  sending: "info",
  pending: "info",
  completed: "success",
  notcompleted: "danger",
  failed: "danger",
  unknown: "warning",
};

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
