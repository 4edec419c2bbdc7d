"use client";

import { useTranslations } from "next-intl";
import { OPERATORS } from "@/lib/phone";
import type { OperatorTotal } from "@/lib/payout-batches/preview-batch";

/** "Orange Money : 1 250 000 FCFA à verser, solde 980 000 FCFA — insuffisant", one line per operator. */
export function OperatorTotals({ totals }: { totals: OperatorTotal[] }) {
  const t = useTranslations("payoutBatches.preview");
  return (
    <ul className="space-y-1 text-sm" data-testid="operator-totals">
      {totals.map((total) => (
        <li
          key={total.operator}
          data-insufficient={total.insufficient}
          className={total.insufficient ? "font-medium text-danger" : "text-ink"}
        >
          {t("operatorLine", {
            operator: OPERATORS.find((o) => o.code === total.operator)?.name ?? total.operator,
            toPay: total.toPay,
            balance: total.balance,
          })}{" "}
          — {t(total.insufficient ? "insufficient" : "sufficient")}
        </li>
      ))}
    </ul>
  );
}
