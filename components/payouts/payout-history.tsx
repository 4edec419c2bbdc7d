"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { FlagReason, useGatewayStatusWord } from "@/components/callbacks/flag-reason";
import { OutcomeBadge } from "@/components/callbacks/outcome-badge";
import { accountLabel } from "@/components/ledger/account-label";
import { formatSignedXof } from "@/lib/money";
import type { PayoutDetail } from "@/lib/payouts/get-payout";
import { useGatewayErrorMessage } from "@/lib/i18n/use-gateway-error-message";

/** The payout's story in words: what LigdiCash was asked and answered, the callbacks, the ledger lines. */
export function PayoutHistory({ detail }: { detail: PayoutDetail }) {
  const t = useTranslations("payouts.detail");
  const tg = useTranslations("gateway");
  const tl = useTranslations("ledger");
  const format = useFormatter();
  const locale = useLocale() === "en" ? "en" : "fr";
  const gatewayError = useGatewayErrorMessage();
  const statusWord = useGatewayStatusWord();
  const operation = (name: string) =>
    tg.has(`operations.${name}`) ? tg(`operations.${name}`) : tg("operations.other");
  const when = (iso: string) => format.dateTime(new Date(iso), "moment");
  const section = (title: string, empty: boolean, body: React.ReactNode, testId: string) => (
    <section className="px-5 py-4" data-testid={testId}>
      <h3 className="mb-2 text-xs font-semibold uppercase tracking-wide text-ink-muted">{title}</h3>
      {empty ? <p className="text-sm text-ink-muted">{t("none")}</p> : body}
    </section>
  );
  return (
    <div className="divide-y divide-surface-line">
      {section(
        t("exchanges"),
        detail.exchanges.length === 0,
        <ul className="space-y-2 text-sm">
          {detail.exchanges.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-3">
              <span className="text-ink-muted">{when(e.startedAt)}</span>
              <span className="text-ink">{operation(e.operation)}</span>
              <span className={e.errorCode ? "text-danger" : "text-success"}>
                {e.errorCode ? gatewayError(e.errorCode) : t("ok")}
              </span>
            </li>
          ))}
        </ul>,
        "payout-exchanges",
      )}
      {section(
        t("callbacks"),
        detail.callbacks.length === 0,
        <ul className="space-y-2 text-sm">
          {detail.callbacks.map((c) => (
            <li key={c.id}>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span className="text-ink-muted">{when(c.receivedAt)}</span>
                <span className="text-ink">{statusWord(c.claimedStatus)}</span>
                <OutcomeBadge outcome={c.outcome} />
              </div>
              {c.flagReason ? <FlagReason reason={c.flagReason} className="mt-1" /> : null}
            </li>
          ))}
        </ul>,
        "payout-callbacks",
      )}
      {section(
        t("ledger"),
        detail.ledger.length === 0,
        <ul className="space-y-1 text-sm">
          {detail.ledger.map((l) => (
            <li key={l.id} className="flex flex-wrap gap-x-3" data-testid="payout-ledger-entry">
              <span className="text-ink-muted">{when(l.postedAt)}</span>
              <span className="text-ink">{accountLabel(l.account, tl)}</span>
              <span className={`tabular-nums ${l.amount < 0 ? "text-danger" : "text-success"}`}>
                {formatSignedXof(l.amount, locale)}
              </span>
            </li>
          ))}
        </ul>,
        "payout-ledger",
      )}
    </div>
  );
}
