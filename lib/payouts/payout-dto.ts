import type { Payout } from "@/lib/generated/prisma/client";
import type {
  ApprovalReason,
  PayoutDestination,
  PayoutPurpose,
  PayoutStatus,
  RecipientSource,
} from "@/lib/generated/prisma/enums";

export type PayoutDto = {
  id: string;
  /** VER-2026-000045: what staff quote. */
  number: string;
  status: PayoutStatus;
  purpose: PayoutPurpose;
  destination: PayoutDestination;
  amount: number;
  reason: string;
  recipientPhone: string;
  recipientSource: RecipientSource;
  operator: string;
  topUpWallet: number | null;
  /** Why it waited (or waits) for a manager; empty when it was cleared without approval. */
  approvalReasons: ApprovalReason[];
  invoiceId: string | null;
  /** A refund: its invoice's FAC- number. */
  invoiceNumber: string | null;
  requestedBy: { id: string; name: string };
  decidedBy: { id: string; name: string } | null;
  decidedAt: string | null;
  decisionNote: string | null;
  hasGatewayToken: boolean;
  operatorName: string | null;
  failureCode: string | null;
  /** LigdiCash's last status word when Caisse does not know it: the payout stays pending, flagged. */
  unknownGatewayStatus: string | null;
  sendStartedAt: string | null;
  sentAt: string | null;
  settledAt: string | null;
  lastCheckedAt: string | null;
  createdAt: string;
};

/** A payout row read `include: withPeople`, what toPayoutDto needs. */
export type WithPeople = Payout & {
  requestedBy: { id: string; name: string };
  decidedBy: { id: string; name: string } | null;
  invoice: { number: string } | null;
};

/** The people around a payout, and a refund's invoice number: what every staff view of one shows. */
export const withPeople = {
  requestedBy: { select: { id: true, name: true } },
  decidedBy: { select: { id: true, name: true } },
  invoice: { select: { number: true } },
} as const;

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** What the staff UI sees of a payout: never the gateway token itself. */
export function toPayoutDto(p: WithPeople): PayoutDto {
  return {
    id: p.id,
    number: p.number,
    status: p.status,
    purpose: p.purpose,
    destination: p.destination,
    amount: p.amount,
    reason: p.reason,
    recipientPhone: p.recipientPhone,
    recipientSource: p.recipientSource,
    operator: p.operator,
    topUpWallet: p.topUpWallet,
    approvalReasons: p.approvalReasons,
    invoiceId: p.invoiceId,
    invoiceNumber: p.invoice?.number ?? null,
    requestedBy: p.requestedBy,
    decidedBy: p.decidedBy,
    decidedAt: iso(p.decidedAt),
    decisionNote: p.decisionNote,
    hasGatewayToken: p.gatewayToken !== null,
    operatorName: p.operatorName,
    failureCode: p.failureCode,
    unknownGatewayStatus: p.unknownGatewayStatus,
    sendStartedAt: iso(p.sendStartedAt),
    sentAt: iso(p.sentAt),
    settledAt: iso(p.settledAt),
    lastCheckedAt: iso(p.lastCheckedAt),
    createdAt: p.createdAt.toISOString(),
  };
}
