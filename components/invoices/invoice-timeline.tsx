"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { TimelineEvent } from "@/lib/invoices/invoice-dto";
import { useGatewayErrorMessage } from "@/lib/i18n/use-gateway-error-message";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";

const dots: Record<TimelineEvent["kind"], string> = {
  created: "bg-brand-500",
  sent: "bg-info",
  exchange: "bg-ink-faint",
  callback: "bg-warning",
  revoked: "bg-danger",
  settled: "bg-success",
  refund: "bg-info",
};

export function InvoiceTimeline({ events }: { events: TimelineEvent[] }) {
  const t = useTranslations("invoices");
  const ts = useTranslations("status");
  const tc = useTranslations("callbacks");
  // LigdiCash's own words (pending/completed/notcompleted) in the invoice states' language.
  const gatewayWord = (status: string) => (ts.has(`invoice.${status}`) ? ts(`invoice.${status}`) : status);
  const format = useFormatter();
  const locale = useLocale() as Locale;
  const gatewayErrorMessage = useGatewayErrorMessage();

  function describe(event: TimelineEvent): { title: string; detail?: string } {
    switch (event.kind) {
      case "created":
        return { title: t("event.created", { by: event.by }) };
      case "sent":
        return { title: t("event.sent") };
      case "exchange": {
        const operation = t.has(`operations.${event.operation}`)
          ? t(`operations.${event.operation}`)
          : event.operation;
        const detail = event.errorCode
          ? t("event.exchangeError", { reason: gatewayErrorMessage(event.errorCode) })
          : event.gatewayStatus
            ? t("event.exchangeStatus", { status: gatewayWord(event.gatewayStatus) })
            : t("event.exchangeOk");
        return {
          title: t("event.exchange", { operation }),
          detail: event.durationMs !== null ? `${detail} · ${event.durationMs} ms` : detail,
        };
      }
      case "callback": {
        const outcome = tc.has(`outcomes.${event.outcome}`) ? tc(`outcomes.${event.outcome}`) : event.outcome;
        const status = event.verifiedStatus ?? event.claimedStatus;
        return { title: t("event.callback", { outcome }), detail: status ? gatewayWord(status) : undefined };
      }
      case "revoked":
        return { title: event.by ? t("event.revokedBy", { by: event.by }) : t("event.revoked") };
      case "settled":
        return { title: t("event.settled", { status: ts(`invoice.${event.status}`) }) };
      case "refund":
        return {
          title: t("event.refund", {
            number: event.number,
            amount: formatXof(event.amount, locale),
            status: ts.has(`payout.${event.status}`) ? ts(`payout.${event.status}`) : event.status,
          }),
        };
    }
  }

  return (
    <ol className="space-y-4 p-5" data-testid="invoice-timeline">
      {events.map((event, index) => {
        const { title, detail } = describe(event);
        return (
          <li key={`${event.kind}-${event.at}-${index}`} className="flex gap-3">
            <span
              className={`mt-1.5 h-2.5 w-2.5 shrink-0 rounded-full ${dots[event.kind]}`}
              aria-hidden="true"
            />
            <div className="min-w-0">
              <p className="text-sm font-medium text-ink">{title}</p>
              {detail ? <p className="text-xs text-ink-muted">{detail}</p> : null}
              <p className="text-xs text-ink-faint">{format.dateTime(new Date(event.at), "precise")}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
