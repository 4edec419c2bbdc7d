"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { invoiceTones } from "@/components/transactions/status-tones";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";

// Client twin of components/transactions/status-badge.tsx (a server component), for pages that
// re-render from TanStack Query data. Same tones, same `status` messages.
export function InvoiceStatusBadge({ status }: { status: InvoiceStatus }) {
  const t = useTranslations("status");
  return (
    <span data-testid="invoice-status" data-status={status}>
      <Badge tone={invoiceTones[status]}>{t(`invoice.${status}`)}</Badge>
    </span>
  );
}
