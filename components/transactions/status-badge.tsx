import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";
import { invoiceTones, payoutTones } from "./status-tones";

type Props = { kind: "invoice"; status: InvoiceStatus } | { kind: "payout"; status: PayoutStatus };

export async function StatusBadge(props: Props) {
  const t = await getTranslations("status");
  const tone = props.kind === "invoice" ? invoiceTones[props.status] : payoutTones[props.status];
  return <Badge tone={tone}>{t(`${props.kind}.${props.status}`)}</Badge>;
}
