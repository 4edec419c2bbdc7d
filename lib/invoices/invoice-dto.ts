import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import type { InvoiceDisplayState } from "./display-state";
import type { InvoiceMetadata } from "./metadata";

/** What the staff UI receives about an invoice in a list. Never a raw row, never the gateway token. */
export type InvoiceSummaryDto = {
  id: string;
  /** FAC-2026-000123: what staff and customers say on the phone. */
  number: string;
  /** Where LigdiCash stands (technical; tests and polling read it). */
  status: InvoiceStatus;
  /** What staff are shown and filter by (lib/invoices/display-state.ts), computed on the server
   * when the DTO is built: one clock for every viewer. */
  displayState: InvoiceDisplayState;
  channel: "hosted" | "direct";
  totalAmount: number;
  customerName: string;
  customerEmail: string;
  merchantReference: string | null;
  /** The shop's own key/value pairs, as it sent them (`{}` when none). */
  metadata: InvoiceMetadata;
  operator: string | null;
  createdByName: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
};

export type TimelineEvent =
  | { kind: "created"; at: string; by: string }
  | { kind: "sent"; at: string }
  | {
      kind: "exchange";
      at: string;
      operation: string;
      errorCode: string | null;
      gatewayStatus: string | null;
      durationMs: number | null;
    }
  | {
      kind: "callback";
      at: string;
      outcome: string;
      claimedStatus: string | null;
      verifiedStatus: string | null;
    }
  | { kind: "revoked"; at: string; by: string | null }
  | { kind: "settled"; at: string; status: InvoiceStatus }
  | { kind: "refund"; at: string; id: string; number: string; amount: number; status: string };

export type InvoiceDetailDto = InvoiceSummaryDto & {
  publicId: string;
  payUrl: string;
  /** The customer's verified receipt (paid invoices only). */
  receiptUrl: string | null;
  description: string;
  customerFirstname: string;
  customerLastname: string;
  customerPhone: string | null;
  payerPhone: string | null;
  operatorName: string | null;
  failureCode: string | null;
  /** LigdiCash's last status word when Caisse does not know it: the invoice stays pending, flagged. */
  unknownGatewayStatus: string | null;
  /** True once LigdiCash gave a payment page (hosted) — without it the link cannot be paid. */
  hasPaymentPage: boolean;
  /** Left in draft/sending for minutes: the sending request died (crash). Treated like `unknown`. */
  stuck: boolean;
  /** Refunds LigdiCash confirmed paid out, and those still on their way (lib/invoices/display-state.ts sumRefunds). */
  refundedAmount: number;
  refundingAmount: number;
  sentAt: string | null;
  settledAt: string | null;
  lastCheckedAt: string | null;
  items: { name: string; description: string; quantity: number; unitPrice: number; totalPrice: number }[];
  timeline: TimelineEvent[];
};

export type InvoicePageDto = { invoices: InvoiceSummaryDto[]; nextCursor: string | null };
