import { getLocale, getTranslations } from "next-intl/server";
import type { PublicInvoice } from "@/lib/invoices/public-invoice";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";

/** Items and total as the customer sees them. */
export async function InvoiceSummary({ invoice }: { invoice: PublicInvoice }) {
  const [t, locale] = await Promise.all([getTranslations("pay"), getLocale() as Promise<Locale>]);
  return (
    <div>
      <p className="flex flex-wrap justify-between gap-x-3 text-sm">
        <span className="font-semibold text-ink" data-testid="pay-reference">
          {t("reference", { reference: invoice.reference })}
        </span>
        <span className="text-ink-muted" data-testid="pay-customer">
          {t("customer", { name: invoice.customerName })}
        </span>
      </p>
      <p className="mt-1 break-words text-sm text-ink-muted">{invoice.description}</p>
      <ul className="mt-4 divide-y divide-surface-line border-y border-surface-line">
        {invoice.items.map((item, index) => (
          <li key={index} className="flex items-start justify-between gap-3 py-3 text-sm">
            <div className="min-w-0">
              <p className="break-words font-medium text-ink">{item.name}</p>
              {item.description ? (
                <p className="break-words text-xs text-ink-muted">{item.description}</p>
              ) : null}
              <p className="text-xs text-ink-muted">
                {t("quantityTimes", { quantity: item.quantity, price: formatXof(item.unitPrice, locale) })}
              </p>
            </div>
            <p className="whitespace-nowrap tabular-nums text-ink">{formatXof(item.totalPrice, locale)}</p>
          </li>
        ))}
      </ul>
      <p className="mt-4 flex items-baseline justify-between">
        <span className="text-sm font-medium text-ink-muted">{t("total")}</span>
        <span className="text-2xl font-semibold tabular-nums text-ink" data-testid="pay-total">
          {formatXof(invoice.totalAmount, locale)}
        </span>
      </p>
    </div>
  );
}
