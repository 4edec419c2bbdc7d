import type { PayoutPurpose } from "@/lib/generated/prisma/enums";

const LABELS: Record<PayoutPurpose, string> = {
  refund: "Remboursement",
  reward: "Récompense",
  supplier: "Paiement fournisseur",
  salary: "Salaire",
  other: "Paiement",
};

/**
 * The description LigdiCash shows with the payout. Deliberately not the staff's reason, which is
 * internal (it may name a dispute or a fraud suspicion); our id lets anyone trace it back.
 */
export function describeForGateway(purpose: PayoutPurpose, payoutId: string): string {
  return `${LABELS[purpose]} ${payoutId.slice(0, 10)}`;
}
