import { getTranslations } from "next-intl/server";
import { Badge, type Tone } from "@/components/ui/badge";
import type { InvoiceStatus, PayoutStatus } from "@/lib/generated/prisma/enums";

const invoiceTones: Record<InvoiceStatus, Tone> = {
  draft: "neutral",
  sending: "info",
  pending: "info",
  completed: "success",
  notcompleted: "danger",
  failed: "danger",
  unknown: "warning",
};

const payoutTones: Record<PayoutStatus, Tone> = {
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

type Props = { kind: "invoice"; status: InvoiceStatus } | { kind: "payout"; status: PayoutStatus };

export async function StatusBadge(props: Props) {
  const t = await getTranslations("status");
  const tone = props.kind === "invoice" ? invoiceTones[props.status] : payoutTones[props.status];
  return <Badge tone={tone}>{t(`${props.kind}.${props.status}`)}</Badge>;
}
