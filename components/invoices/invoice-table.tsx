"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { operatorLabel } from "@/components/transactions/operator-label";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
import type { InvoicePageDto } from "@/lib/invoices/invoice-dto";
import { INVOICE_DISPLAY_STATES } from "@/lib/invoices/display-state";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import { useInvoiceList } from "@/lib/hooks/invoices";
import { InvoiceStatusBadge } from "./invoice-status-badge";

export function InvoiceTable({ status, initial }: { status: string | undefined; initial: InvoicePageDto }) {
  const t = useTranslations("invoices");
  const ts = useTranslations("status");
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const router = useRouter();
  const pathname = usePathname();
  const list = useInvoiceList(status, initial);
  const invoices = list.data?.pages.flatMap((p) => p.invoices) ?? [];

  return (
    <div>
      <div className="flex items-center gap-3 border-b border-surface-line px-5 py-3">
        <label htmlFor="invoice-status-filter" className="text-sm text-ink-muted">
          {t("filterStatus")}
        </label>
        <select
          id="invoice-status-filter"
          value={status ?? ""}
          onChange={(e) => router.push(e.target.value ? `${pathname}?status=${e.target.value}` : pathname)}
          className="rounded-md border border-surface-line bg-surface px-2 py-1 text-sm"
        >
          <option value="">{t("allStatuses")}</option>
          {INVOICE_DISPLAY_STATES.map((s) => (
            <option key={s} value={s}>
              {ts(`invoiceState.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {invoices.length === 0 ? (
        <p className="px-5 py-10 text-center text-sm text-ink-muted">
          {status ? t("emptyFiltered") : t("empty")}
        </p>
      ) : (
        <Table>
          <TableHead>
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
                <Td className="whitespace-nowrap text-ink-muted">
                  <Link
                    href={`/invoices/${invoice.id}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {format.dateTime(new Date(invoice.createdAt), "moment")}
                  </Link>
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
