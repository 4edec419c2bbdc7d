import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { invoiceStateTones } from "@/components/transactions/status-tones";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import type { InvoiceDisplayState } from "@/lib/invoices/display-state";

// An invoice's badge on every staff page (server and client components alike): the display
// state in words; the gateway status stays readable by tests and tools in `data-status`.
export function InvoiceStatusBadge({ status, state }: { status: InvoiceStatus; state: InvoiceDisplayState }) {
  const t = useTranslations("status");
  return (
    <span data-testid="invoice-status" data-status={status} data-state={state}>
      <Badge tone={invoiceStateTones[state]}>{t(`invoiceState.${state}`)}</Badge>
    </span>
  );
}
