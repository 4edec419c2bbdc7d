import { useTranslations } from "next-intl";
import { Badge, type Tone } from "@/components/ui/badge";

/**
 * How long a transaction has been waiting on LigdiCash, for any page (server or client):
 * <PendingAge since={invoice.sentAt ?? invoice.createdAt} />. Under 1 h: a quiet note; over
 * 1 h: warning; over 24 h and 7 days: danger (a person should look — LigdiCash is still asked,
 * on the reconciliation schedule, until it answers).
 */
export const PENDING_AGE_THRESHOLDS = {
  warnMs: 3600_000,
  lateMs: 24 * 3600_000,
  staleMs: 7 * 24 * 3600_000,
} as const;

export type PendingAgeLevel = "recent" | "over1h" | "over24h" | "over7d";

export function pendingAgeLevel(since: Date, now: Date): PendingAgeLevel {
  const age = now.getTime() - since.getTime();
  if (age >= PENDING_AGE_THRESHOLDS.staleMs) return "over7d";
  if (age >= PENDING_AGE_THRESHOLDS.lateMs) return "over24h";
  if (age >= PENDING_AGE_THRESHOLDS.warnMs) return "over1h";
  return "recent";
}

const tones: Record<PendingAgeLevel, Tone> = {
  recent: "info",
  over1h: "warning",
  over24h: "danger",
  over7d: "danger",
};

export function PendingAge({ since, now = new Date() }: { since: Date | string; now?: Date }) {
  const t = useTranslations("ledger");
  const date = typeof since === "string" ? new Date(since) : since;
  const level = pendingAgeLevel(date, now);
  const minutes = Math.max(0, Math.floor((now.getTime() - date.getTime()) / 60_000));
  const label =
    minutes < 60
      ? t("pendingAge.minutes", { count: minutes })
      : minutes < 1440
        ? t("pendingAge.hours", { count: Math.floor(minutes / 60) })
        : t("pendingAge.days", { count: Math.floor(minutes / 1440) });
  return (
    <span data-testid="pending-age" data-level={level} title={date.toISOString()}>
      <Badge tone={tones[level]}>{label}</Badge>
    </span>
  );
}
