import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { InvoiceSummary } from "@/components/pay/invoice-summary";
import { PayLandingPage } from "./landing-page";
import { CheckoutOperatorChoice } from "@/components/pay/checkout-operator";
import { PayActions } from "@/components/pay/pay-actions";
import { PayShell, StateMessage } from "@/components/pay/pay-shell";
import { loadPayPage } from "@/lib/invoices/load-pay-page";
import type { Locale } from "@/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pay"))("title"), robots: { index: false } };
}

type Props = { params: Promise<{ publicId: string }> };

const tones = { expired: "warning", revoked: "warning" } as const;

export default async function PayPage({ params }: Props) {
  const { publicId } = await params;
  const [{ invoice, merchant }, t, locale] = await Promise.all([
    loadPayPage(publicId),
    getTranslations("pay"),
    getLocale() as Promise<Locale>,
  ]);
  if (invoice.state === "expired" || invoice.state === "revoked") {
    return (
      <PayShell merchant={merchant}>
        <StateMessage
          tone={tones[invoice.state]}
          title={t(`state.${invoice.state}.title`)}
          body={t(`state.${invoice.state}.body`, { merchant })}
          testId={`pay-state-${invoice.state}`}
        />
      </PayShell>
    );
  }
  if (invoice.state !== "payable") {
    // Paid, not completed (→ "Réessayer"), or between two attempts: the same verified status as on return.
    return <PayLandingPage params={params} landing="return" />;
  }
  const format = (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: "long",
      timeStyle: "short",
      timeZone: "Africa/Ouagadougou",
    }).format(new Date(iso));
  return (
    <PayShell merchant={merchant}>
      <InvoiceSummary invoice={invoice} />
      {invoice.checkout ? <CheckoutOperatorChoice publicId={publicId} checkout={invoice.checkout} /> : null}
      <PayActions
        publicId={publicId}
        state={invoice.state}
        canRetry={false}
        receiptUrl={null}
        amount={invoice.totalAmount}
        hint={invoice.checkout ? t("operator.payHint", { operator: invoice.checkout.name }) : null}
      />
      {invoice.expiresAt ? (
        <p className="mt-2 text-center text-xs text-ink-muted">
          {t("expiresAt", { date: format(invoice.expiresAt) })}
        </p>
      ) : null}
    </PayShell>
  );
}
