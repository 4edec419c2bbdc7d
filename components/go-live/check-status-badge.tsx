import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";
import type { CheckStatus } from "@/lib/go-live/types";

const tones: Record<CheckStatus, Tone> = {
  ok: "success",
  warn: "warning",
  fail: "danger",
  unknown: "neutral",
};
// A shape beside the colour, so the verdict does not rest on colour alone.
const marks: Record<CheckStatus, string> = { ok: "✓", warn: "!", fail: "✕", unknown: "?" };

export function CheckStatusBadge({ status }: { status: CheckStatus }) {
  const t = useTranslations("goLive.status");
  return (
    <Badge tone={tones[status]}>
      <span aria-hidden="true">{marks[status]}</span>
      {t(status)}
    </Badge>
  );
}
