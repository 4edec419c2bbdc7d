import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { InvoiceMetadata } from "@/lib/invoices/metadata";

/**
 * The shop's own key/value pairs (sent with the invoice through the API), folded: staff seldom
 * need them, the shop's support sometimes does. Keys as the shop wrote them; nothing when none.
 */
export function InvoiceMetadataBlock({ metadata }: { metadata: InvoiceMetadata }) {
  const t = useTranslations("invoices");
  const entries = Object.entries(metadata);
  if (entries.length === 0) return null;
  return (
    <Card>
      <details className="group p-5" data-testid="invoice-metadata">
        <summary className="cursor-pointer select-none text-sm font-semibold text-ink">
          {t("detail.metadata", { count: entries.length })}
        </summary>
        <p className="mt-1 text-xs text-ink-muted">{t("detail.metadataHint")}</p>
        <dl className="mt-3 divide-y divide-surface-line text-sm">
          {entries.map(([key, value]) => (
            <div key={key} className="grid gap-1 py-2 sm:grid-cols-3 sm:gap-4">
              <dt className="break-all font-mono text-xs text-ink-muted">{key}</dt>
              <dd className="whitespace-pre-wrap break-words text-ink sm:col-span-2">{value}</dd>
            </div>
          ))}
        </dl>
      </details>
    </Card>
  );
}
