"use client";

import { useTranslations } from "next-intl";
import { useLiveMode } from "./live-updates";

/** A small "live / polling" dot for pages that update by themselves. */
export function LiveIndicator() {
  const t = useTranslations("ledger");
  const mode = useLiveMode();
  const tone = mode === "live" ? "bg-success" : mode === "polling" ? "bg-warning" : "bg-ink-muted";
  return (
    <span
      className="inline-flex items-center gap-2 text-xs text-ink-muted"
      data-testid="live-mode"
      data-mode={mode}
    >
      <span className={`h-2 w-2 rounded-full ${tone}`} aria-hidden />
      {t(`live.${mode}`)}
    </span>
  );
}
