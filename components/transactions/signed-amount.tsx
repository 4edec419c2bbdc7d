import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";

/** An amount as it affects the merchant: money in plain, money out in red with a minus sign. */
export function SignedAmountCell({
  kind,
  amount,
  locale,
}: {
  kind: "payin" | "refund" | "payout";
  amount: number;
  locale: Locale;
}) {
  const outgoing = kind !== "payin";
  return (
    <td
      className={`whitespace-nowrap px-5 py-3 text-right font-medium tabular-nums ${outgoing ? "text-danger" : "text-ink"}`}
    >
      {outgoing ? "− " : ""}
      {formatXof(amount, locale)}
    </td>
  );
}
