import { getTranslations } from "next-intl/server";
import type { CheckoutOperator } from "@/lib/invoices/checkout-operator";

/**
 * Which operator LigdiCash will ask (the number the merchant pre-selected) and how to pay with
 * another one. A plain form (POST, form-action 'self'): works without JavaScript on any phone.
 */
export async function CheckoutOperatorChoice({
  publicId,
  checkout,
}: {
  publicId: string;
  checkout: CheckoutOperator;
}) {
  const t = await getTranslations("pay.operator");
  return (
    <div
      className="mt-6 rounded-xl border border-surface-line bg-surface-sunken p-4"
      data-testid="pay-operator"
    >
      <p className="text-sm text-ink">
        {t.rich("asked", {
          operator: checkout.name,
          phone: checkout.phone,
          strong: (chunks) => <strong className="whitespace-nowrap font-semibold">{chunks}</strong>,
        })}
      </p>
      {checkout.canChange ? (
        <form method="post" action={`/pay/${encodeURIComponent(publicId)}/operator`} className="mt-3">
          <button
            type="submit"
            className="text-sm font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
            data-testid="pay-operator-change"
          >
            {t("change")}
          </button>
          <p className="mt-1 text-xs text-ink-muted">{t("changeHint")}</p>
        </form>
      ) : (
        <p className="mt-2 text-xs text-ink-muted" data-testid="pay-operator-opened">
          {t("opened", { operator: checkout.name })}
        </p>
      )}
    </div>
  );
}
