"use client";

import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { operatorLabel } from "@/components/transactions/operator-label";
import { formatXof } from "@/lib/money";
import type { PayoutDto } from "@/lib/payouts/payout-dto";
import { formatPhone } from "@/lib/phone";
import { PayoutStatusBadge } from "./payout-status-badge";

/** The payouts table body shared by the list and the approval queue. */
export function PayoutRows({
  rows,
  currentStaffId,
  testId = "payout-row",
}: {
  rows: PayoutDto[];
  currentStaffId: string;
  testId?: string;
}) {
  const t = useTranslations("payouts");
  const format = useFormatter();
  const locale = useLocale() === "en" ? "en" : "fr";
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <thead className="text-left text-xs uppercase tracking-wide text-ink-muted">
          <tr>
            <th className="px-5 py-2.5 font-medium">{t("columns.date")}</th>
            <th className="px-3 py-2.5 font-medium">{t("columns.recipient")}</th>
            <th className="px-3 py-2.5 text-right font-medium">{t("columns.amount")}</th>
            <th className="px-3 py-2.5 font-medium">{t("columns.purpose")}</th>
            <th className="px-3 py-2.5 font-medium">{t("columns.requestedBy")}</th>
            <th className="px-5 py-2.5 font-medium">{t("columns.status")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-surface-line">
          {rows.map((row) => (
            <tr key={row.id} data-testid={testId} className="hover:bg-surface-sunken/60">
              <td className="whitespace-nowrap px-5 py-2.5 text-ink-muted">
                <Link href={`/payouts/${row.id}`} className="text-brand-700 hover:underline">
                  {format.dateTime(new Date(row.createdAt), { dateStyle: "short", timeStyle: "short" })}
                </Link>
              </td>
              <td className="whitespace-nowrap px-3 py-2.5 text-ink">
                {formatPhone(row.recipientPhone)}
                <span className="block text-xs text-ink-muted">{operatorLabel(row.operator)}</span>
              </td>
              <td className="whitespace-nowrap px-3 py-2.5 text-right font-medium tabular-nums text-ink">
                {formatXof(row.amount, locale)}
              </td>
              <td className="px-3 py-2.5 text-ink">
                {t(`purposes.${row.purpose}`)}
                <span className="block whitespace-nowrap text-xs text-ink-muted">
                  {t(`destinations.${row.destination}`)}
                </span>
              </td>
              <td className="px-3 py-2.5 text-ink-muted">
                {row.requestedBy.name}
                {row.requestedBy.id === currentStaffId ? (
                  <span className="ml-1 text-xs">({t("yourRequest")})</span>
                ) : null}
              </td>
              <td className="whitespace-nowrap px-5 py-2.5">
                <PayoutStatusBadge status={row.status} />
                {row.decidedBy ? (
                  <p
                    className="mt-0.5 max-w-48 truncate text-xs text-ink-muted"
                    title={row.decisionNote ?? undefined}
                  >
                    {row.decidedBy.name}
                    {row.decisionNote ? ` — ${row.decisionNote}` : ""}
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
