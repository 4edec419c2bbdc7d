import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SignedAmountCell } from "@/components/transactions/signed-amount";
import { StatusBadge } from "@/components/transactions/status-badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/i18n/config";
import type { ActivityRow } from "@/lib/overview/get-overview";
import { operatorLabel } from "@/components/transactions/operator-label";

export async function RecentActivity({ rows, locale }: { rows: ActivityRow[]; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("overview"), getFormatter()]);
  return (
    <Card>
      <CardHeader title={t("recent")} />
      {rows.length === 0 ? (
        <p className="px-5 py-6 text-sm text-ink-muted">{t("recentEmpty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="text-left text-xs uppercase tracking-wide text-ink-muted">
              <tr>
                <th className="px-5 py-2.5 font-medium">{t("columns.date")}</th>
                <th className="px-3 py-2.5 font-medium">{t("columns.description")}</th>
                <th className="px-3 py-2.5 font-medium">{t("columns.operator")}</th>
                <th className="px-3 py-2.5 font-medium">{t("columns.status")}</th>
                <th className="px-5 py-2.5 text-right font-medium">{t("columns.amount")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-surface-line">
              {rows.map((row) => (
                <tr key={`${row.kind}-${row.id}`}>
                  <td className="whitespace-nowrap px-5 py-3 text-ink-muted">
                    {format.dateTime(row.createdAt, {
                      day: "2-digit",
                      month: "short",
                      hour: "2-digit",
                      minute: "2-digit",
                    })}
                  </td>
                  <td className="px-3 py-3">
                    <Link
                      href={`/transactions/${row.id}`}
                      className="text-ink hover:text-brand-700 hover:underline"
                    >
                      {row.description}
                    </Link>
                    <p className="text-xs text-ink-muted">{t(`types.${row.kind}`)}</p>
                  </td>
                  <td className="whitespace-nowrap px-3 py-3 text-ink-muted">
                    {row.operator ? operatorLabel(row.operator) : "—"}
                  </td>
                  <td className="px-3 py-3">
                    {row.kind === "payin" ? (
                      <StatusBadge kind="invoice" status={row.status} state={row.state} />
                    ) : (
                      <StatusBadge kind="payout" status={row.status} />
                    )}
                  </td>
                  <SignedAmountCell kind={row.kind} amount={row.amount} locale={locale} />
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
