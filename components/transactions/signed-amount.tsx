import { Td } from "@/components/ui/table";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";

/** An amount as it affects the merchant: money in plain, money out in red with a minus sign. */
export function SignedAmountCell({
  kind,
  amount,
  locale,
  label,
}: {
  kind: "payin" | "refund" | "payout";
  amount: number;
  locale: Locale;
  label: string;
}) {
  const outgoing = kind !== "payin";
  return (
    <Td
      label={label}
      alignment="right"
      className={`whitespace-nowrap font-medium tabular-nums ${outgoing ? "text-danger" : "text-ink"}`}
    >
      {formatXof(outgoing ? -amount : amount, locale)}
    </Td>
  );
}
