"use client";

import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { PayoutBatchStatus } from "@/lib/generated/prisma/enums";

const TONES: Record<PayoutBatchStatus, Tone> = {
  awaiting_approval: "warning",
  rejected: "danger",
  sending: "info",
  paused: "warning",
  cancelled: "neutral",
  finished: "success",
};

export function BatchStatusBadge({ status }: { status: PayoutBatchStatus }) {
  const t = useTranslations("payoutBatches");
  return (
    <span data-testid="batch-status" data-status={status}>
      <Badge tone={TONES[status]}>{t(`statuses.${status}`)}</Badge>
    </span>
  );
}
