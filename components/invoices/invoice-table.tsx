"use client";

import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { operatorLabel } from "@/components/transactions/operator-label";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
import type { InvoicePageDto } from "@/lib/invoices/invoice-dto";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import { useInvoiceList } from "@/lib/hooks/invoices";
import { InvoiceStatusBadge } from "./invoice-status-badge";

/** The list's rows, page after page (keyset cursor); `filters` are the address's (q, status, from, to). */
export function InvoiceTable({
  filters,
  filtered,
  initial,
}: {
  filters: Record<string, string>;
  filtered: boolean;
  initial: InvoicePageDto;
}) {
  const t = useTranslations("invoices");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const list = useInvoiceList(filters, initial);
  const invoices = list.data?.pages.flatMap((p) => p.invoices) ?? [];

  return (
    <div>
      {invoices.length === 0 ? (
        <p className="px-5 py-10 text-center text-sm text-ink-muted">
          {filtered ? t("emptyFiltered") : t("empty")}
        </p>
      ) : (
        <Table>
          <TableHead>
            <Th>{t("columns.number")}</Th>
            <Th>{t("columns.createdAt")}</Th>
            <Th>{t("columns.customer")}</Th>
            <Th alignment="right">{t("columns.amount")}</Th>
            <Th>{t("columns.status")}</Th>
            <Th>{t("columns.operator")}</Th>
            <Th>{t("columns.createdBy")}</Th>
          </TableHead>
          <TableBody>
            {invoices.map((invoice) => (
              <Tr key={invoice.id} className="hover:bg-surface-sunken" data-testid="invoice-row">
                <Td className="whitespace-nowrap">
                  <Link
                    href={`/invoices/${invoice.id}`}
                    className="font-medium tabular-nums text-brand-700 hover:underline"
                    data-testid="invoice-number"
                  >
                    {invoice.number}
                  </Link>
                </Td>
                <Td label={t("columns.createdAt")} className="whitespace-nowrap text-ink-muted">
                  {format.dateTime(new Date(invoice.createdAt), "moment")}
                </Td>
                <Td label={t("columns.customer")}>
                  <p className="font-medium text-ink">{invoice.customerName}</p>
                  <p className="text-xs text-ink-muted [overflow-wrap:anywhere]">
                    {invoice.merchantReference ?? invoice.customerEmail}
                  </p>
                </Td>
                <Td
                  label={t("columns.amount")}
                  alignment="right"
                  className="whitespace-nowrap tabular-nums text-ink"
                >
                  {formatXof(invoice.totalAmount, locale)}
                </Td>
                <Td label={t("columns.status")}>
                  <InvoiceStatusBadge status={invoice.status} state={invoice.displayState} />
                </Td>
                <Td label={t("columns.operator")} className="text-ink-muted">
                  {invoice.operator ? operatorLabel(invoice.operator) : "—"}
                </Td>
                <Td label={t("columns.createdBy")} className="text-ink-muted">
                  {invoice.createdByName}
                </Td>
              </Tr>
            ))}
          </TableBody>
        </Table>
      )}
      {list.hasNextPage ? (
        <div className="border-t border-surface-line px-5 py-3 text-center">
          <Button
            variant="secondary"
            disabled={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {list.isFetchingNextPage ? t("loading") : t("loadMore")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
