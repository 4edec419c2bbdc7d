import { getLocale, getTranslations } from "next-intl/server";
import { payDocument } from "@/components/pay/pay-document";
import { payNotFound } from "@/components/pay/pay-not-found";
import { payShell } from "@/components/pay/pay-shell";
import { refundStatus } from "@/components/pay/refund-status";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { html } from "@/lib/html/escape-html";
import { formatXof } from "@/lib/money";
import { findRefundStatus } from "@/lib/payouts/refund-status";
import type { Locale } from "@/i18n/config";
import { customerDate } from "@/components/pay/customer-date";

type Context = { params: Promise<{ refundId: string }> };

// GET /pay/refund/:refundId — public: the customer follows their refund, verified states only,
// from "en cours" to "reçu". Readable without JavaScript; the live script follows the state.
export async function GET(request: Request, { params }: Context) {
  const { refundId } = await params;
  const refund = await findRefundStatus(db(), refundId);
  if (!refund) return payNotFound(request);
  const merchant = env().STORE_NAME;
  const [t, locale] = await Promise.all([getTranslations("pay.refund"), getLocale() as Promise<Locale>]);
  const amount = formatXof(refund.amount, locale);
  // The masked number never breaks across lines on a narrow phone.
  const phone = refund.phone.replace(/ /g, "\u00a0");
  const destination = refund.operatorName
    ? t("destination", { operator: refund.operatorName, phone })
    : t("destinationWallet", { phone });
  const date = refund.receivedAt ? customerDate(refund.receivedAt, locale) : null;
  const state = refund.state;
  const view = {
    title: t(`${state}.title`),
    body: t(`${state}.body`, { amount, destination }),
    detail:
      state === "received" && date ? t("received.detailDate", { date }) : t(`${state}.detail`, { merchant }),
  };
  const content = html`<div aria-live="polite">
    ${refundStatus({ refundId, state, view, refreshLabel: t("refresh") })}
  </div>`;
  return payDocument({ request, title: t("title"), body: await payShell(merchant, content), live: true });
}
