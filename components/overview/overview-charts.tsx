"use client";

import dynamic from "next/dynamic";
import type { Locale } from "@/i18n/config";
import type { DailyVolume } from "@/lib/overview/get-activity-stats";
import type { ChartLabels } from "./daily-volume-chart";
import type { OperatorPoint } from "./operator-chart";

// recharts is large: loaded after the page is interactive, so the overview's first JavaScript
// stays small; the placeholders hold the charts' height so nothing shifts when they arrive.
const DailyVolumeChart = dynamic(() => import("./daily-volume-chart"), {
  ssr: false,
  loading: () => <div className="h-[260px] animate-pulse rounded-lg bg-surface-sunken" />,
});
const OperatorChart = dynamic(() => import("./operator-chart"), {
  ssr: false,
  loading: () => <div className="h-[140px] animate-pulse rounded-lg bg-surface-sunken" />,
});

export function DailyVolumePanel({
  data,
  locale,
  labels,
}: {
  data: DailyVolume[];
  locale: Locale;
  labels: ChartLabels;
}) {
  return (
    <div data-testid="daily-volume-chart">
      <DailyVolumeChart data={data} locale={locale} labels={labels} />
    </div>
  );
}

export function OperatorPanel({
  data,
  locale,
  labels,
}: {
  data: OperatorPoint[];
  locale: Locale;
  labels: ChartLabels;
}) {
  return (
    <div data-testid="operator-chart">
      <OperatorChart data={data} locale={locale} labels={labels} />
    </div>
  );
}
