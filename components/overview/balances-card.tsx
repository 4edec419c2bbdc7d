import { getTranslations } from "next-intl/server";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import type { OperatorBalance } from "@/lib/overview/get-overview";
import { operatorLabel } from "@/components/transactions/operator-label";

export async function BalancesCard({ balances, locale }: { balances: OperatorBalance[]; locale: Locale }) {
  const t = await getTranslations("overview");
  return (
    <Card>
      <CardHeader title={t("balances")} hint={t("balancesHint")} />
      {balances.length === 0 ? (
        <p className="px-5 py-6 text-sm text-ink-muted">{t("noBalances")}</p>
      ) : (
        <ul className="divide-y divide-surface-line">
          {balances.map((b) => (
            <li key={b.operator} className="flex items-center justify-between px-5 py-3 text-sm">
              <span className="text-ink">{operatorLabel(b.operator)}</span>
              <span className="font-semibold tabular-nums text-ink" data-testid={`balance-${b.operator}`}>
                {formatXof(b.balance, locale)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
