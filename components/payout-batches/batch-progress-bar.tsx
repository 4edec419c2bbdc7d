"use client";

import { useTranslations } from "next-intl";
import type { BatchProgress } from "@/lib/payout-batches/batch-progress";

const COUNTS = ["sent", "paid", "inProgress", "refused", "unknown", "notSent"] as const;

/** How far the sending is: the bar counts lines handed to the send; the figures say how each ended. */
export function BatchProgressBar({ progress }: { progress: BatchProgress }) {
  const t = useTranslations("payoutBatches.detail");
  const percent = progress.lines === 0 ? 0 : Math.round((progress.sent / progress.lines) * 100);
  return (
    <div className="space-y-3 px-5 py-4">
      <div>
        <div
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={progress.lines}
          aria-valuenow={progress.sent}
          aria-label={t("progress")}
          data-testid="batch-progress"
          className="h-3 w-full overflow-hidden rounded-full bg-surface-sunken"
        >
          <div className="h-full rounded-full bg-brand-700 transition-all" style={{ width: `${percent}%` }} />
        </div>
        <p className="mt-2 text-sm text-ink-muted">
          {t("progressLabel", { sent: progress.sent, lines: progress.lines })}
        </p>
      </div>
      {/* Six figures in a small grid, label then number: on a phone the lines start on the first screen. */}
      <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-3 lg:flex lg:flex-wrap lg:gap-x-8">
        {COUNTS.map((key) => (
          <div
            key={key}
            className="flex items-baseline justify-between gap-2 lg:justify-start"
            data-testid={`count-${key}`}
          >
            <dt className="min-w-0 text-ink-muted">{t(`counts.${key}`)}</dt>
            <dd className="font-semibold tabular-nums text-ink">{progress[key]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
