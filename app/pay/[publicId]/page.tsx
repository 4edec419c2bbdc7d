import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { InvoiceSummary } from "@/components/pay/invoice-summary";
import { PayShell, StateMessage } from "@/components/pay/pay-shell";
import { loadPayPage } from "@/lib/invoices/load-pay-page";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pay"))("title"), robots: { index: false } };
}

type Props = { params: Promise<{ publicId: string }> };

const tones = { paid: "success", notcompleted: "danger", expired: "warning", revoked: "warning", unavailable: "warning" } as const;

export default async function PayPage({ params }: Props) {
  const { publicId } = await params;
  const [{ invoice, merchant }, t, locale] = await Promise.all([loadPayPage(publicId), getTranslations("pay"), getLocale() as Promise<Locale>]);
  if (invoice.state !== "payable") {
    return (
      <PayShell merchant={merchant}>
        <StateMessage tone={tones[invoice.state]} title={t(`state.${invoice.state}.title`)} body={t(`state.${invoice.state}.body`, { merchant })} testId={`pay-state-${invoice.state}`} />
      </PayShell>
    );
  }
  const format = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: "long", timeStyle: "short", timeZone: "Africa/Ouagadougou" }).format(new Date(iso));
  return (
    <PayShell merchant={merchant}>
      <InvoiceSummary invoice={invoice} />
      {/* A plain link (GET), never a form post: the CSP's form-action 'self' would block the
          off-site redirect, and LigdiCash's page must open in this tab, not in a frame. */}
      <a href={`/pay/${publicId}/go`} className="mt-6 block rounded-xl bg-brand-700 px-4 py-3.5 text-center text-base font-semibold text-white hover:bg-brand-800" data-testid="pay-button">
        {t("payButton", { amount: formatXof(invoice.totalAmount, locale) })}
      </a>
      <p className="mt-3 text-center text-xs text-ink-muted">{t("payHint")}</p>
      {invoice.expiresAt ? <p className="mt-2 text-center text-xs text-ink-muted">{t("expiresAt", { date: format(invoice.expiresAt) })}</p> : null}
    </PayShell>
  );
}
