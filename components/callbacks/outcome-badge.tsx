import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";

const tones: Record<string, Tone> = {
  received: "neutral",
  applied: "success",
  duplicate: "neutral",
  still_pending: "info",
  flagged: "danger",
  unknown_transaction: "warning",
  error: "warning",
};

export function OutcomeBadge({ outcome }: { outcome: string }) {
  const t = useTranslations("callbacks");
  return (
    <Badge tone={tones[outcome] ?? "neutral"}>
      {t.has(`outcomes.${outcome}`) ? t(`outcomes.${outcome}`) : outcome}
    </Badge>
  );
}
