"use client";

import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";

// Client twin of components/transactions/status-badge.tsx (a server component), for pages that
// re-render from TanStack Query data. Same tones, same `status` messages.
const tones: Record<InvoiceStatus, Tone> = {
  draft: "neutral",
  sending: "info",
  pending: "info",
  completed: "success",
  notcompleted: "danger",
  failed: "danger",
  unknown: "warning",
};

export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const t = useTranslations("status");
  return (
    <span data-testid="invoice-status" data-status={status}>
      <Badge tone={tones[status]}>{t(`invoice.${status}`)}</Badge>
    </span>
  );
}
