"use client";

import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { PayoutStatus } from "@/lib/generated/prisma/enums";

const tones: Record<PayoutStatus, Tone> = {
  awaiting_approval: "warning",
  rejected: "neutral",
  approved: "info",
  sending: "info",
  outcome_unknown: "warning",
  pending: "info",
  completed: "success",
  notcompleted: "danger",
  failed: "danger",
};

export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  const t = useTranslations("status");
  return (
    <span data-testid="payout-status" data-status={status}>
      <Badge tone={tones[status]}>{t(`payout.${status}`)}</Badge>
    </span>
  );
}
