import { useLocale, useTranslations } from "next-intl";
import type { PublicState } from "@/lib/invoices/public-invoice";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";

const primary =
  "block w-full rounded-xl bg-brand-700 px-4 py-3.5 text-center text-base font-semibold text-white hover:bg-brand-800";

type Props = {
  publicId: string;
  state: PublicState;
  canRetry: boolean;
  receiptUrl: string | null;
  amount: number;
  hint?: string | null;
  live?: boolean;
};

/**
 * What the customer can do next, whatever page they are on: never a dead end. Plain links and a
 * plain form, so each works without JavaScript on any phone.
 */
export function PayActions({ publicId, state, canRetry, receiptUrl, amount, hint, live = false }: Props) {
  const t = useTranslations("pay");
  const locale = useLocale() as Locale;
  const base = `/pay/${encodeURIComponent(publicId)}`;
  return (
    <div className="mt-6 space-y-3 text-center">
      {state === "payable" ? (
        <>
          {/* A plain link (GET), never a form post: the CSP's form-action 'self' would block the
              off-site redirect, and LigdiCash's page must open in this tab, not in a frame. */}
          <a href={`${base}/go`} className={primary} data-testid="pay-button">
            {t("payButton", { amount: formatXof(amount, locale) })}
          </a>
          <p className="text-xs text-ink-muted">{hint ?? t("payHint")}</p>
        </>
      ) : null}
      {state === "notcompleted" && canRetry ? (
        // A POST (a link preview or a prefetch must never open an attempt) back to our own
        // pages, which then offer LigdiCash's new page (form-action 'self').
        <form method="post" action={`${base}/retry`}>
          <button type="submit" className={primary} data-testid="pay-retry">
            {t("retryButton")}
          </button>
          <p className="mt-3 text-xs text-ink-muted">{t("retryHint")}</p>
        </form>
      ) : null}
      {state === "paid" && receiptUrl ? (
        <a href={receiptUrl} className={primary} data-testid="receipt-link">
          {t("receiptLink")}
        </a>
      ) : null}
      {live && (state === "payable" || state === "unavailable") ? (
        <p className="text-xs text-ink-muted">
          {t("live")}{" "}
          <a href="" className="font-medium text-brand-700 underline" data-testid="pay-refresh">
            {t("refresh")}
          </a>
        </p>
      ) : null}
    </div>
  );
}
