import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import { ChartLegend, type ChartLabels } from "./chart-legend";
import { barLength } from "./chart-scale";

export type OperatorPoint = { operator: string; received: number; paidOut: number };

/** 30-day volume per operator sub-account: a bar per series with its amount written beside it,
 * drawn on the server like the daily chart (daily-volume-chart.tsx). */
export function OperatorChart({
  data,
  locale,
  labels,
}: {
  data: OperatorPoint[];
  locale: Locale;
  labels: ChartLabels;
}) {
  const largest = Math.max(1, ...data.flatMap((d) => [d.received, d.paidOut]));
  const series = [
    { key: "received", label: labels.received, colour: "bg-success" },
    { key: "paidOut", label: labels.paidOut, colour: "bg-danger" },
  ] as const;
  return (
    <figure data-testid="operator-chart" className="space-y-4">
      <ul className="space-y-4">
        {data.map((d) => (
          <li key={d.operator}>
            <p className="text-sm font-medium text-ink">{d.operator}</p>
            <div className="mt-1 space-y-1">
              {series.map((s) => (
                <div key={s.key} className="flex items-center gap-2">
                  <div aria-hidden="true" className="h-2.5 min-w-0 flex-1">
                    <div
                      className={`h-full rounded-r-sm ${s.colour}`}
                      style={{ width: barLength(d[s.key], largest) }}
                    />
                  </div>
                  <p className="w-28 shrink-0 text-right text-xs tabular-nums text-ink-muted">
                    <span className="sr-only">{s.label} : </span>
                    {formatXof(d[s.key], locale)}
                  </p>
                </div>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <ChartLegend labels={labels} />
    </figure>
  );
}
