import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { PayShell } from "@/components/pay/pay-shell";
import { RefundStatusView, type RefundView } from "@/components/pay/refund-status";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { formatXof } from "@/lib/money";
import { findRefundStatus, type RefundState } from "@/lib/payouts/refund-status";
import type { Locale } from "@/i18n/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pay.refund"))("title"), robots: { index: false } };
}

type Props = { params: Promise<{ refundId: string }> };

// The customer follows their refund: verified states only, from "en cours" to "reçu".
export default async function RefundPage({ params }: Props) {
  const { refundId } = await params;
  const refund = await findRefundStatus(db(), refundId);
  if (!refund) notFound();
  const merchant = env().STORE_NAME;
  const [t, locale] = await Promise.all([getTranslations("pay.refund"), getLocale() as Promise<Locale>]);
  const amount = formatXof(refund.amount, locale);
  // The masked number never breaks across lines on a narrow phone.
  const phone = refund.phone.replace(/ /g, "\u00a0");
  const destination = refund.operatorName
    ? t("destination", { operator: refund.operatorName, phone })
    : t("destinationWallet", { phone });
  const date = refund.receivedAt
    ? new Intl.DateTimeFormat(locale, {
        dateStyle: "long",
        timeStyle: "short",
        timeZone: "Africa/Ouagadougou",
      }).format(new Date(refund.receivedAt))
    : null;
  const view = (state: RefundState): RefundView => ({
    title: t(`${state}.title`),
    body: t(`${state}.body`, { amount, destination }),
    detail:
      state === "received" && date ? t("received.detailDate", { date }) : t(`${state}.detail`, { merchant }),
  });
  return (
    <PayShell merchant={merchant}>
      <RefundStatusView
        refundId={refundId}
        initial={refund.state}
        views={{ in_progress: view("in_progress"), received: view("received"), not_paid: view("not_paid") }}
        refreshLabel={t("refresh")}
      />
    </PayShell>
  );
}
