import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { SignedAmountCell } from "@/components/transactions/signed-amount";
import { StatusBadge } from "@/components/transactions/status-badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
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
        <Table>
          <TableHead>
            <Th>{t("columns.date")}</Th>
            <Th>{t("columns.description")}</Th>
            <Th>{t("columns.operator")}</Th>
            <Th>{t("columns.status")}</Th>
            <Th alignment="right">{t("columns.amount")}</Th>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <Tr key={`${row.kind}-${row.id}`}>
                <Td className="whitespace-nowrap text-xs text-ink-muted md:text-sm">
                  {format.dateTime(row.createdAt, "moment")}
                </Td>
                <Td>
                  <Link
                    href={`/transactions/${row.id}`}
                    className="text-ink hover:text-brand-700 hover:underline"
                  >
                    {row.description}
                  </Link>
                  <p className="text-xs text-ink-muted">
                    {t(`types.${row.kind}`)} <span className="tabular-nums">{row.number}</span>
                  </p>
                </Td>
                <Td label={t("columns.operator")} className="whitespace-nowrap text-ink-muted">
                  {row.operator ? operatorLabel(row.operator) : "—"}
                </Td>
                <Td label={t("columns.status")}>
                  {row.kind === "payin" ? (
                    <StatusBadge kind="invoice" status={row.status} state={row.state} />
                  ) : (
                    <StatusBadge kind="payout" status={row.status} />
                  )}
                </Td>
                <SignedAmountCell
                  kind={row.kind}
                  amount={row.amount}
                  locale={locale}
                  label={t("columns.amount")}
                />
              </Tr>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
