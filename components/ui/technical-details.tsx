import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

/**
 * What LigdiCash and the ledger exchanged underneath a page (raw bodies, tokens, posting keys),
 * closed by default under "Détails techniques". Pages render it for managers and admins only
 * (`gateway:details`): a viewer's page never holds it, open or closed.
 */
export function TechnicalDetails({ children, className = "" }: { children: ReactNode; className?: string }) {
  const t = useTranslations("common");
  return (
    <details className={`group text-xs ${className}`} data-testid="technical-details">
      <summary className="cursor-pointer select-none font-medium text-brand-700 hover:underline">
        {t("technicalDetails")}
      </summary>
      <div className="mt-2 space-y-2">{children}</div>
    </details>
  );
}

/** A JSON value as sent or received, for TechnicalDetails. */
export function RawJson({ value }: { value: unknown }) {
  return (
    <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded-lg bg-surface-sunken p-3 font-mono text-xs leading-relaxed text-ink">
      {typeof value === "string" ? value : JSON.stringify(value, null, 2)}
    </pre>
  );
}
