"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/i18n/config";
import type { CheckResult } from "@/lib/go-live/types";
import { describeGoLiveCheck } from "@/lib/i18n/go-live-text";
import type { Translator } from "@/lib/i18n/error-text";
import { formatXof } from "@/lib/money";
import { operatorLabel } from "@/components/transactions/operator-label";
import { CheckStatusBadge } from "./check-status-badge";

const borders = {
  ok: "border-l-success",
  warn: "border-l-warning",
  fail: "border-l-danger",
  unknown: "border-l-surface-line",
} as const;

/** One check: its verdict, what was found, and what to do about it. */
export function CheckItem({ result }: { result: CheckResult }) {
  const t = useTranslations() as unknown as Translator;
  const tGoLive = useTranslations("goLive");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const text = describeGoLiveCheck(t, result, (iso) => format.dateTime(new Date(iso), "moment"));
  return (
    <li
      data-check={result.id}
      data-status={result.status}
      className={`border-l-4 px-5 py-4 ${borders[result.status]}`}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-sm font-semibold text-ink">{text.title}</h3>
        <CheckStatusBadge status={result.status} />
      </div>
      <p className="mt-1.5 break-words text-sm text-ink">{text.text}</p>
      {text.notes.map((note) => (
        <p key={note} className="mt-1 break-words text-sm text-ink">
          {note}
        </p>
      ))}
      {result.balances ? (
        <table className="mt-3 w-full max-w-md text-sm">
          <caption className="sr-only">{tGoLive("balanceTable.caption")}</caption>
          <thead>
            <tr className="text-left text-xs text-ink-muted">
              <th className="py-1 font-medium">{tGoLive("balanceTable.operator")}</th>
              <th className="py-1 text-right font-medium">{tGoLive("balanceTable.balance")}</th>
            </tr>
          </thead>
          <tbody>
            {result.balances.map((line) => (
              <tr key={line.operator} className="border-t border-surface-line">
                <td className="py-1">{operatorLabel(line.operator)}</td>
                <td className="py-1 text-right tabular-nums">{formatXof(BigInt(line.balance), locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {text.fix ? (
        <p className="mt-2 break-words rounded-lg bg-surface-sunken px-3 py-2 text-sm text-ink">
          <span className="font-medium">{tGoLive("whatToDoLabel")}</span> {text.fix}
        </p>
      ) : null}
    </li>
  );
}
