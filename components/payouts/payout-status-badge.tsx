"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { payoutTones } from "@/components/transactions/status-tones";
import type { PayoutStatus } from "@/lib/generated/prisma/enums";

export function PayoutStatusBadge({ status }: { status: PayoutStatus }) {
  const t = useTranslations("status");
  return (
    <span data-testid="payout-status" data-status={status}>
      <Badge tone={payoutTones[status]}>{t(`payout.${status}`)}</Badge>
    </span>
  );
}
