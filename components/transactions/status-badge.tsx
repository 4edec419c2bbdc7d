import { getTranslations } from "next-intl/server";
import { InvoiceStatusBadge } from "@/components/invoices/invoice-status-badge";
import { Badge } from "@/components/ui/badge";
import type { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";
import type { InvoiceDisplayState } from "@/lib/invoices/display-state";
import { payoutTones } from "./status-tones";

type Props =
  | { kind: "invoice"; status: InvoiceStatus; state: InvoiceDisplayState }
  | { kind: "payout"; status: PayoutStatus };

export async function StatusBadge(props: Props) {
  if (props.kind === "invoice") return <InvoiceStatusBadge status={props.status} state={props.state} />;
  const t = await getTranslations("status");
  return <Badge tone={payoutTones[props.status]}>{t(`payout.${props.status}`)}</Badge>;
}
