"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { formatXof } from "@/lib/money";
import type { PayoutDetail } from "@/lib/payouts/get-payout";

/** The payout's story: what LigdiCash was asked and answered, the callbacks, the ledger lines. */
export function PayoutHistory({ detail }: { detail: PayoutDetail }) {
  const t = useTranslations("payouts.detail");
  const format = useFormatter();
  const locale = useLocale() === "en" ? "en" : "fr";
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "short", timeStyle: "medium" });
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
        <ul className="space-y-1 text-sm">
          {detail.exchanges.map((e) => (
            <li key={e.id} className="flex flex-wrap gap-x-3">
              <span className="text-ink-muted">{when(e.startedAt)}</span>
              <span className="font-mono text-xs text-ink">{e.operation}</span>
              <span className={e.errorCode ? "text-danger" : "text-success"}>{e.errorCode ?? t("ok")}</span>
              {e.durationMs !== null ? <span className="text-ink-faint">{e.durationMs} ms</span> : null}
            </li>
          ))}
        </ul>,
        "payout-exchanges",
      )}
      {section(
        t("callbacks"),
        detail.callbacks.length === 0,
        <ul className="space-y-1 text-sm">
          {detail.callbacks.map((c) => (
            <li key={c.id} className="flex flex-wrap gap-x-3">
              <span className="text-ink-muted">{when(c.receivedAt)}</span>
              <span className="text-ink">{c.claimedStatus ?? "—"}</span>
              <span className="font-mono text-xs text-ink-muted">{c.outcome}</span>
              {c.flagReason ? <span className="text-warning">{c.flagReason}</span> : null}
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
              <span className="font-mono text-xs text-ink">{l.account}</span>
              <span className={`tabular-nums ${l.amount < 0 ? "text-danger" : "text-success"}`}>
                {formatXof(l.amount, locale)}
              </span>
            </li>
          ))}
        </ul>,
        "payout-ledger",
      )}
    </div>
  );
}
