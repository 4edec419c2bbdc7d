import { getLocale, getTranslations } from "next-intl/server";
import { operatorLabel } from "@/components/transactions/operator-label";
import type { BalanceAlert } from "@/lib/balance-alerts/get-balance-alerts";
import { formatXof } from "@/lib/money";

/** Above every staff page for finance, managers and admins while a sub-account is below its threshold;
 * those who may change the thresholds get a link to them. */
export async function LowBalanceBanner({
  low,
  canSetThresholds,
}: {
  low: BalanceAlert[];
  canSetThresholds: boolean;
}) {
  if (low.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("payouts.alerts"), getLocale()]);
  const money = (n: number) => formatXof(n, locale === "en" ? "en" : "fr");
  return (
    <section
      aria-label={t("bannerTitle")}
      data-testid="low-balance-banner"
      className="mb-6 rounded-lg bg-warning-soft px-4 py-3 text-sm text-warning"
    >
      <p className="font-semibold">{t("bannerTitle")}</p>
      <ul className="mt-1 space-y-0.5">
        {low.map((alert) => (
          <li key={alert.operator} data-operator={alert.operator}>
            {t("bannerLine", {
              operator: operatorLabel(alert.operator),
              balance: money(alert.balance),
              threshold: money(alert.threshold ?? 0),
            })}
          </li>
        ))}
      </ul>
      <p className="mt-1">
        {t("bannerHint")}{" "}
        {canSetThresholds ? (
          // A plain link, not next/link: the browser's own fragment navigation is what unfolds the
          // thresholds' <details> (components/ui/folded-card.tsx); the client router only scrolls.
          // eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load is the point
          <a href="/payouts#balance-alerts" className="font-medium underline">
            {t("bannerLink")}
          </a>
        ) : null}
      </p>
    </section>
  );
}
