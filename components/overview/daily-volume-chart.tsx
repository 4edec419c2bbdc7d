import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import type { DailyVolume } from "@/lib/overview/get-activity-stats";
import { ChartLegend, type ChartLabels } from "./chart-legend";
import { axisMaximum, barLength, spreadIndexes } from "./chart-scale";

/**
 * Received and paid out per day over 30 days, drawn on the server with plain elements: the
 * overview sends no chart library to the browser (a phone on 3G would download and run it before
 * the page answers a tap). Each day's figures are in its tooltip and in a table for screen readers.
 */
export function DailyVolumeChart({
  data,
  locale,
  labels,
  dayHeading,
}: {
  data: DailyVolume[];
  locale: Locale;
  labels: ChartLabels;
  dayHeading: string;
}) {
  const shortDay = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const longDay = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  });
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  const maximum = axisMaximum(Math.max(0, ...data.flatMap((d) => [d.received, d.paidOut])));
  const labelled = new Set(spreadIndexes(data.length, 4));
  return (
    <figure data-testid="daily-volume-chart" className="space-y-2">
      <div aria-hidden="true" className="flex gap-2">
        <div className="flex h-56 w-10 shrink-0 flex-col justify-between text-right text-[11px] leading-none text-ink-muted">
          <span>{compact.format(maximum)}</span>
          <span>{compact.format(maximum / 2)}</span>
          <span>0</span>
        </div>
        <div className="relative h-56 min-w-0 flex-1 border-b border-surface-line">
          <div className="absolute inset-x-0 top-0 border-t border-dashed border-surface-line" />
          <div className="absolute inset-x-0 top-1/2 border-t border-dashed border-surface-line" />
          <div className="absolute inset-0 flex items-end gap-px sm:gap-0.5">
            {data.map((d) => (
              <div
                key={d.day}
                data-day={d.day}
                title={`${longDay.format(new Date(d.day))}\n${labels.received} : ${formatXof(d.received, locale)}\n${labels.paidOut} : ${formatXof(d.paidOut, locale)}`}
                className="flex h-full min-w-0 flex-1 items-end justify-center gap-px hover:bg-surface-sunken"
              >
                <div
                  className="w-1/2 max-w-2 rounded-t-sm bg-success"
                  style={{ height: barLength(d.received, maximum) }}
                />
                <div
                  className="w-1/2 max-w-2 rounded-t-sm bg-danger"
                  style={{ height: barLength(d.paidOut, maximum) }}
                />
              </div>
            ))}
          </div>
        </div>
      </div>
      <div aria-hidden="true" className="ml-12 flex justify-between text-[11px] text-ink-muted">
        {data
          .filter((_, i) => labelled.has(i))
          .map((d) => (
            <span key={d.day}>{shortDay.format(new Date(d.day))}</span>
          ))}
      </div>
      <ChartLegend labels={labels} />
      {/* A table never shrinks below its content: the wrapper, not the table, is hidden. */}
      <div className="sr-only">
        <table>
          <thead>
            <tr>
              <th scope="col">{dayHeading}</th>
              <th scope="col">{labels.received}</th>
              <th scope="col">{labels.paidOut}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.day}>
                <th scope="row">{longDay.format(new Date(d.day))}</th>
                <td>{formatXof(d.received, locale)}</td>
                <td>{formatXof(d.paidOut, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
