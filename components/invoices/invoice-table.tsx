"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { operatorLabel } from "@/components/transactions/operator-label";
import { Button } from "@/components/ui/button";
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
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="text-left text-xs uppercase tracking-wide text-ink-muted">
              <tr>
                <th className="px-5 py-2.5 font-medium">{t("columns.createdAt")}</th>
                <th className="px-3 py-2.5 font-medium">{t("columns.customer")}</th>
                <th className="px-3 py-2.5 text-right font-medium">{t("columns.amount")}</th>
                <th className="px-3 py-2.5 font-medium">{t("columns.status")}</th>
                <th className="px-3 py-2.5 font-medium">{t("columns.operator")}</th>
                <th className="px-5 py-2.5 font-medium">{t("columns.createdBy")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-surface-line">
              {invoices.map((invoice) => (
                <tr key={invoice.id} className="hover:bg-surface-sunken" data-testid="invoice-row">
                  <td className="whitespace-nowrap px-5 py-3 text-ink-muted">
                    <Link
                      href={`/invoices/${invoice.id}`}
                      className="font-medium text-brand-700 hover:underline"
                    >
                      {format.dateTime(new Date(invoice.createdAt), {
                        dateStyle: "short",
                        timeStyle: "short",
                      })}
                    </Link>
                  </td>
                  <td className="px-3 py-3">
                    <p className="font-medium text-ink">{invoice.customerName}</p>
                    <p className="text-xs text-ink-muted">
                      {invoice.merchantReference ?? invoice.customerEmail}
                    </p>
                  </td>
                  <td className="whitespace-nowrap px-3 py-3 text-right tabular-nums text-ink">
                    {formatXof(invoice.totalAmount, locale)}
                  </td>
                  <td className="px-3 py-3">
                    <InvoiceStatusBadge status={invoice.status} state={invoice.displayState} />
                  </td>
                  <td className="px-3 py-3 text-ink-muted">
                    {invoice.operator ? operatorLabel(invoice.operator) : "—"}
                  </td>
                  <td className="px-5 py-3 text-ink-muted">{invoice.createdByName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
