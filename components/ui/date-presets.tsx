import Link from "next/link";
import { useTranslations } from "next-intl";

export type DateRange = { from: string; to: string };

/** Today, the last 7 days and this month as `from`/`to` days (Ouagadougou is UTC all year). */
export function datePresets(now: Date): Record<"today" | "days7" | "month", DateRange> {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const today = day(now);
  return {
    today: { from: today, to: today },
    days7: { from: day(new Date(now.getTime() - 6 * 86_400_000)), to: today },
    month: { from: `${today.slice(0, 7)}-01`, to: today },
  };
}

/**
 * One-tap date ranges above a list filtered by `from`/`to` in its address; the other filters in
 * `values` are kept. The active range is marked for screen readers and in colour.
 */
export function DatePresets({
  path,
  values,
  now = new Date(),
}: {
  path: string;
  values: Record<string, string>;
  now?: Date;
}) {
  const t = useTranslations("common.datePresets");
  const presets = datePresets(now);
  const href = (range: DateRange | null) => {
    const params = new URLSearchParams(
      Object.entries({ ...values, from: range?.from ?? "", to: range?.to ?? "" }).filter(
        ([key, value]) => value !== "" && key !== "cursor",
      ),
    );
    const query = params.toString();
    return query ? `${path}?${query}` : path;
  };
  const chip =
    "rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset bg-surface text-ink-muted ring-surface-line hover:text-ink aria-[current=true]:bg-brand-700 aria-[current=true]:text-white aria-[current=true]:ring-brand-700";
  const isCurrent = (range: DateRange | null) =>
    (values.from ?? "") === (range?.from ?? "") && (values.to ?? "") === (range?.to ?? "");
  const entries: [string, DateRange | null][] = [
    [t("all"), null],
    [t("today"), presets.today],
    [t("days7"), presets.days7],
    [t("month"), presets.month],
  ];
  return (
    <nav aria-label={t("label")} className="flex flex-wrap gap-2" data-testid="date-presets">
      {entries.map(([label, range]) => (
        <Link key={label} href={href(range)} aria-current={isCurrent(range)} className={chip}>
          {label}
        </Link>
      ))}
    </nav>
  );
}
