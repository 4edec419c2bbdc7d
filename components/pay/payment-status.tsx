"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { PublicState } from "@/lib/invoices/public-invoice";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import { FINAL_PUBLIC_STATES, isIn } from "@/lib/statuses";
import { PayActions } from "./pay-actions";

const POLL_MS = 3_000;
const GIVE_UP_MS = 15 * 60_000;

export type LinkStatus = { status: PublicState; canRetry: boolean; receiptUrl: string | null };
type Props = {
  publicId: string;
  initial: LinkStatus;
  amount: number;
  merchant: string;
  landing: "return" | "cancel";
};

/**
 * The verified state of a link where LigdiCash sends the customer back, with what they can do
 * next: pay (still pending), try again (not completed), see the receipt (paid). The server
 * renders the stored state first; this polls Caisse's public status (which asks LigdiCash,
 * throttled per invoice) until the state is final. Without JavaScript, the refresh link does it.
 */
export function PaymentStatus({ publicId, initial, amount, merchant, landing }: Props) {
  const t = useTranslations("pay");
  const locale = useLocale() as Locale;
  const [link, setLink] = useState<LinkStatus>(initial);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    // A retry is the customer's own act: a status check cannot change a final state from this page.
    if (isIn(FINAL_PUBLIC_STATES, link.status)) return;
    const startedAt = Date.now();
    const ask = () =>
      fetch(`/api/pay/${encodeURIComponent(publicId)}/status`, { cache: "no-store" })
        .then(async (response) => {
          if (!response.ok) throw new Error(String(response.status));
          const body = (await response.json()) as LinkStatus;
          setFailed(false);
          setLink((current) =>
            current.status === body.status &&
            current.canRetry === body.canRetry &&
            current.receiptUrl === body.receiptUrl
              ? current
              : body,
          );
        })
        .catch(() => setFailed(true));
    const timer = setInterval(() => {
      if (Date.now() - startedAt > GIVE_UP_MS) return clearInterval(timer);
      void ask();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [publicId, link.status]);

  const cancel = landing === "cancel";
  const view =
    link.status === "paid"
      ? {
          tone: "success",
          icon: "✓",
          title: t("status.paid.title"),
          body: t("status.paid.body", { amount: formatXof(amount, locale), merchant }),
        }
      : link.status === "notcompleted"
        ? {
            tone: "danger",
            icon: "✕",
            title: t(cancel ? "status.notcompletedCancel.title" : "status.notcompleted.title"),
            body: t(cancel ? "status.notcompletedCancel.body" : "status.notcompleted.body"),
          }
        : link.status === "payable"
          ? {
              tone: cancel ? "warning" : "info",
              icon: cancel ? "!" : "…",
              title: t(cancel ? "status.payableCancel.title" : "status.payable.title"),
              body: t(cancel ? "status.payableCancel.body" : "status.payable.body"),
            }
          : {
              tone: "warning",
              icon: "!",
              title: t(`state.${link.status}.title`),
              body: t(`state.${link.status}.body`, { merchant }),
            };
  const tones: Record<string, string> = {
    success: "bg-success-soft text-success",
    danger: "bg-danger-soft text-danger",
    warning: "bg-warning-soft text-warning",
    info: "bg-info-soft text-info",
  };

  return (
    <div data-testid="payment-status" data-state={link.status}>
      <div className="text-center" aria-live="polite">
        <span
          aria-hidden="true"
          className={`mx-auto flex h-14 w-14 items-center justify-center rounded-full text-2xl font-bold ${tones[view.tone]}`}
        >
          {view.icon}
        </span>
        <h1 className="mt-4 text-xl font-semibold text-ink">{view.title}</h1>
        <p className="mt-2 text-sm text-ink-muted">{view.body}</p>
        {failed ? <p className="mt-3 text-xs text-warning">{t("status.error")}</p> : null}
      </div>
      <PayActions
        publicId={publicId}
        state={link.status}
        canRetry={link.canRetry}
        receiptUrl={link.receiptUrl}
        amount={amount}
        hint={link.status === "payable" && !cancel ? t("status.payHint") : null}
        live
      />
    </div>
  );
}
