"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import type { DailyVolume } from "@/lib/overview/get-activity-stats";

export type ChartLabels = { received: string; paidOut: string };

/** Received and paid out per day over 30 days; French day/month labels and FCFA amounts. */
export default function DailyVolumeChart({
  data,
  locale,
  labels,
}: {
  data: DailyVolume[];
  locale: Locale;
  labels: ChartLabels;
}) {
  const day = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const longDay = new Intl.DateTimeFormat(locale, {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  });
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  return (
    <ResponsiveContainer width="100%" height={260}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid vertical={false} stroke="#e5e7eb" />
        <XAxis
          dataKey="day"
          tickFormatter={(d: string) => day.format(new Date(d))}
          tick={{ fontSize: 11, fill: "#6b7280" }}
          tickLine={false}
          axisLine={false}
          minTickGap={16}
        />
        <YAxis
          tickFormatter={(v: number) => compact.format(v)}
          tick={{ fontSize: 11, fill: "#6b7280" }}
          tickLine={false}
          axisLine={false}
          width={48}
        />
        <Tooltip
          formatter={(value, name) => [formatXof(Number(value), locale), name]}
          labelFormatter={(label) => longDay.format(new Date(label as string))} // the row's `day` (ISO date)
          cursor={{ fill: "rgba(0,0,0,0.04)" }}
        />
        <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
        <Bar
          dataKey="received"
          name={labels.received}
          fill="#15803d"
          radius={[3, 3, 0, 0]}
          isAnimationActive={false}
        />
        <Bar
          dataKey="paidOut"
          name={labels.paidOut}
          fill="#b91c1c"
          radius={[3, 3, 0, 0]}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
