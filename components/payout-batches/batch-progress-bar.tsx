"use client";

import { useTranslations } from "next-intl";
import type { BatchProgress } from "@/lib/payout-batches/batch-progress";

const COUNTS = ["sent", "paid", "inProgress", "refused", "unknown", "notSent"] as const;

/** How far the sending is: the bar counts lines handed to the send; the figures say how each ended. */
export function BatchProgressBar({ progress }: { progress: BatchProgress }) {
  const t = useTranslations("payoutBatches.detail");
  const percent = progress.lines === 0 ? 0 : Math.round((progress.sent / progress.lines) * 100);
  return (
    <div className="space-y-4 px-5 py-4">
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
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {COUNTS.map((key) => (
          <div key={key} className="rounded-lg bg-surface-sunken px-3 py-2" data-testid={`count-${key}`}>
            <dt className="text-xs text-ink-muted">{t(`counts.${key}`)}</dt>
            <dd className="text-lg font-semibold tabular-nums text-ink">{progress[key]}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
