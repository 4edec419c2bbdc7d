"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { UnknownStatusNotice } from "@/components/transactions/unknown-status-notice";
import type { PayoutDetail } from "@/lib/payouts/get-payout";

/** What the state means and what to do about it, in plain words. */
export function PayoutStateNotice({ detail }: { detail: PayoutDetail }) {
  const t = useTranslations("payouts");
  const tg = useTranslations("gateway");
  const { payout } = detail;
  // `after`: the unknown-status flag, shown with the state it leaves the payout in.
  const box = (tone: string, children: React.ReactNode, after: React.ReactNode = null) => (
    <>
      <div
        role="status"
        data-testid="payout-notice"
        className={`mx-5 mt-5 rounded-lg px-4 py-3 text-sm ${tone}`}
      >
        {children}
      </div>
      {after}
    </>
  );
  // What to do once nothing left: a new request, and for a refund, the amount is refundable again.
  const nextStep = (key: "detail.newRequest" | "detail.refusedNext") => (
    <p className="mt-1 text-ink">
      {t(key)}
      {payout.purpose === "refund" ? ` ${t("detail.refundFreed")}` : ""}
    </p>
  );
  if (payout.status === "notcompleted") {
    return box(
      "bg-danger-soft text-danger",
      <>
        <p className="font-semibold">{t("detail.notCompletedTitle")}</p>
        <p className="mt-1">{t("detail.notCompletedBody")}</p>
        {nextStep("detail.newRequest")}
      </>,
    );
  }
  if (payout.status === "failed") {
    const code = payout.failureCode ?? "api_error";
    return box(
      "bg-danger-soft text-danger",
      <>
        <p className="font-semibold">{t("detail.refusedTitle")}</p>
        <p className="mt-1">{tg.has(`errors.${code}`) ? tg(`errors.${code}`) : tg("errors.api_error")}</p>
        {t.has(`advice.${code}`) ? (
          <p className="mt-1 text-ink">{t(`advice.${code}`)}</p>
        ) : (
          nextStep("detail.refusedNext")
        )}
        {detail.fallbackId ? (
          <Link
            href={`/payouts/${detail.fallbackId}`}
            className="mt-2 inline-block font-medium text-brand-700 hover:underline"
          >
            {t("detail.fallbackLink")}
          </Link>
        ) : null}
      </>,
    );
  }
  const unknownWord = <UnknownStatusNotice word={payout.unknownGatewayStatus} className="mx-5 mt-3" />;
  if (payout.status === "outcome_unknown") {
    return box(
      "bg-warning-soft text-warning",
      <>
        <p className="font-semibold">{t("detail.unknownTitle")}</p>
        <p className="mt-1 text-ink">{t("detail.unknownBody")}</p>
        {!payout.hasGatewayToken ? (
          <p className="mt-1 text-ink">{t("detail.unknownNoToken", { id: payout.id })}</p>
        ) : null}
      </>,
      unknownWord,
    );
  }
  const simple: Partial<Record<string, string>> = {
    awaiting_approval: t("detail.awaitingDecision"),
    approved: t("detail.approvedNotSent"),
    sending: t("detail.sendingBody"),
    pending: t("detail.pendingBody"),
    cancelled: t("detail.cancelledBody"),
  };
  const text = simple[payout.status];
  return text ? box("bg-info-soft text-info", <p>{text}</p>, unknownWord) : null;
}
