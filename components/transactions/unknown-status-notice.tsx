import { useTranslations } from "next-intl";

/**
 * Staff flag for a transaction whose last LigdiCash status answer used a word Caisse does not
 * know (lib/ligdicash/map-status.ts): not a verdict, so it stays pending and is asked again.
 * Server and client pages both render it.
 */
export function UnknownStatusNotice({ word, className = "" }: { word: string | null; className?: string }) {
  const t = useTranslations("transactions");
  if (!word) return null;
  return (
    <p
      role="status"
      data-testid="unknown-gateway-status"
      className={`rounded-lg bg-warning-soft px-4 py-3 text-sm text-warning ${className}`}
    >
      {t("detail.unknownGatewayStatus", { word })}
    </p>
  );
}
