"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import type { ChartLabels } from "./daily-volume-chart";

export type OperatorPoint = { operator: string; received: number; paidOut: number };

/** 30-day volume per operator sub-account, horizontal bars. */
export default function OperatorChart({
  data,
  locale,
  labels,
}: {
  data: OperatorPoint[];
  locale: Locale;
  labels: ChartLabels;
}) {
  const compact = new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 });
  return (
    <ResponsiveContainer width="100%" height={Math.max(140, 60 + data.length * 56)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="#e5e7eb" />
        <XAxis
          type="number"
          tickFormatter={(v: number) => compact.format(v)}
          tick={{ fontSize: 11, fill: "#6b7280" }}
          tickLine={false}
          axisLine={false}
        />
        <YAxis
          type="category"
          dataKey="operator"
          tick={{ fontSize: 12, fill: "#374151" }}
          tickLine={false}
          axisLine={false}
          width={120}
        />
        <Tooltip
          formatter={(value, name) => [formatXof(Number(value), locale), name]}
          cursor={{ fill: "rgba(0,0,0,0.04)" }}
        />
        <Legend iconType="circle" wrapperStyle={{ fontSize: 12 }} />
        <Bar
          dataKey="received"
          name={labels.received}
          fill="#15803d"
          radius={[0, 3, 3, 0]}
          isAnimationActive={false}
        />
        <Bar
          dataKey="paidOut"
          name={labels.paidOut}
          fill="#b91c1c"
          radius={[0, 3, 3, 0]}
          isAnimationActive={false}
        />
      </BarChart>
    </ResponsiveContainer>
  );
}
