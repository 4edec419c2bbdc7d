"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { LiveIndicator } from "@/components/live/live-indicator";
import { operatorLabel } from "@/components/transactions/operator-label";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { TechnicalDetails } from "@/components/ui/technical-details";
import type { LedgerPageDto } from "@/lib/ledger/get-ledger-page";
import type { JournalRow } from "@/lib/ledger/list-journals";
import type { Locale } from "@/i18n/config";
import { formatSignedXof, formatXof } from "@/lib/money";
import { ledgerSearch, useLedger, type LedgerView as LedgerViewState } from "@/lib/hooks/ledger";
import { accountLabel } from "./account-label";
import { journalTitle } from "./journal-title";
import { PendingCard } from "./pending-card";
import { ReverseJournalForm } from "./reverse-journal-form";

export function LedgerView({
  view,
  initial,
  canReverse,
  technical,
}: {
  view: LedgerViewState;
  initial: LedgerPageDto;
  canReverse: boolean;
  /** Posting keys under "Détails techniques" (managers and admins). */
  technical: boolean;
}) {
  const t = useTranslations("ledger");
  const locale = useLocale() as Locale;
  const { data } = useLedger(view, initial);
  const { cursor, allPending } = view;
  return (
    <div className="space-y-6">
      <Card>
        <CardHeader title={t("balances")} hint={t("balancesHint")} action={<LiveIndicator />} />
        {data.balances.length === 0 ? (
          <p className="px-5 py-6 text-sm text-ink-muted">{t("noBalances")}</p>
        ) : (
          <ul className="grid sm:grid-cols-2 lg:grid-cols-3">
            {data.balances.map((b) => (
              <li
                key={b.account}
                className="border-b border-surface-line px-5 py-4 last:border-b-0 sm:border-r sm:last:border-r-0"
              >
                <p className="text-xs font-medium uppercase tracking-wide text-ink-muted">
                  {operatorLabel(b.operator)}
                </p>
                <p
                  className="mt-1 text-2xl font-semibold tabular-nums text-ink"
                  data-testid={`ledger-balance-${b.operator}`}
                >
                  {formatXof(BigInt(b.balance), locale)}
                </p>
                <p className="mt-1 text-xs text-ink-muted">{t("entriesCount", { count: b.entries })}</p>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <PendingCard
        pending={data.pending}
        allShown={allPending}
        allHref={`/ledger${ledgerSearch({ cursor, allPending: true })}`}
        oldestHref={`/ledger${ledgerSearch({ cursor, allPending: false })}`}
      />
      <Card>
        <CardHeader title={t("journals")} hint={t("journalsHint")} />
        {data.journals.length === 0 ? (
          <p className="px-5 py-6 text-sm text-ink-muted">{t("noJournals")}</p>
        ) : (
          <ol className="divide-y divide-surface-line" data-testid="ledger-journals">
            {data.journals.map((journal) => (
              <JournalItem
                key={journal.id}
                journal={journal}
                locale={locale}
                canReverse={canReverse}
                technical={technical}
              />
            ))}
          </ol>
        )}
        <nav className="flex justify-between border-t border-surface-line px-5 py-3 text-sm">
          {cursor ? (
            <a
              href={`/ledger${ledgerSearch({ cursor: null, allPending })}`}
              className="text-brand-700 hover:underline"
            >
              {t("newest")}
            </a>
          ) : (
            <span />
          )}
          {data.nextCursor ? (
            <a
              href={`/ledger${ledgerSearch({ cursor: data.nextCursor, allPending })}`}
              className="text-brand-700 hover:underline"
            >
              {t("older")}
            </a>
          ) : null}
        </nav>
      </Card>
    </div>
  );
}

function JournalItem({
  journal,
  locale,
  canReverse,
  technical,
}: {
  journal: JournalRow;
  locale: Locale;
  canReverse: boolean;
  technical: boolean;
}) {
  const t = useTranslations("ledger");
  const format = useFormatter();
  const link = journal.invoiceId
    ? { href: `/invoices/${journal.invoiceId}`, label: journal.documentNumber ?? t("invoice") }
    : journal.payoutId
      ? { href: `/payouts/${journal.payoutId}`, label: journal.documentNumber ?? t("payout") }
      : null;
  return (
    <li className="px-5 py-4" data-testid="ledger-journal" data-journal-id={journal.id}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0">
          <p className="text-sm font-medium text-ink">{journalTitle(journal, t)}</p>
        </div>
        <div className="flex items-center gap-2 text-xs text-ink-muted">
          {journal.reversesId ? <Badge tone="warning">{t("reversal")}</Badge> : null}
          {journal.reversedById ? <Badge tone="neutral">{t("reversed")}</Badge> : null}
          {link ? (
            <a href={link.href} className="text-brand-700 hover:underline">
              {link.label}
            </a>
          ) : null}
          <time dateTime={journal.postedAt}>{format.dateTime(new Date(journal.postedAt), "moment")}</time>
        </div>
      </div>
      <table className="mt-2 w-full text-sm">
        <tbody>
          {journal.entries.map((entry) => (
            <tr key={entry.id} className="text-ink-muted">
              <td className="py-0.5 pr-3">{accountLabel(entry.account, t)}</td>
              <td
                className={`py-0.5 text-right tabular-nums ${entry.amount > 0 ? "text-success" : "text-danger"}`}
              >
                {formatSignedXof(entry.amount, locale)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-1 flex flex-wrap items-start justify-between gap-2">
        {technical ? (
          <TechnicalDetails className="min-w-0">
            <p className="break-all font-mono text-ink-muted">{journal.postingKey}</p>
          </TechnicalDetails>
        ) : null}
        {canReverse && !journal.reversesId && !journal.reversedById ? (
          <div className="ml-auto has-[form]:basis-full">
            <ReverseJournalForm journalId={journal.id} postingKey={journal.postingKey} />
          </div>
        ) : null}
      </div>
    </li>
  );
}
