"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/i18n/config";
import { PENDING_FULL_LIST, PENDING_SHORT_LIST } from "@/lib/ledger/pending-bounds";
import { formatXof } from "@/lib/money";
import type { PendingSummary } from "@/lib/reconciliation/list-pending";
import { PendingAge } from "./pending-age";

type PendingListProps = {
  pending: PendingSummary;
  /** The page asked for every pending operation (`?pending=all`). */
  allShown: boolean;
  /** The same page listing every pending operation, and only the oldest few. */
  allHref: string;
  oldestHref: string;
};

/** What still waits on LigdiCash, oldest first, with the age buckets staff watch; the oldest few
 * by default, every one of them a click away. */
export function PendingCard(props: PendingListProps) {
  const { pending } = props;
  const t = useTranslations("ledger");
  const locale = useLocale() as Locale;
  const buckets = (
    <div className="flex flex-wrap gap-2">
      {/* A bucket with nothing in it is not an alarm: grey, not red. */}
      <Badge tone={pending.over1h > 0 ? "warning" : "neutral"}>
        {t("pending.over1h", { count: pending.over1h })}
      </Badge>
      <Badge tone={pending.over24h > 0 ? "danger" : "neutral"}>
        {t("pending.over24h", { count: pending.over24h })}
      </Badge>
      <Badge tone={pending.over7d > 0 ? "danger" : "neutral"}>
        {t("pending.over7d", { count: pending.over7d })}
      </Badge>
    </div>
  );
  return (
    <Card>
      <CardHeader
        title={t("pending.title", { count: pending.total })}
        hint={t("pending.hint")}
        action={pending.total > 0 ? buckets : undefined}
      />
      {pending.oldest.length === 0 ? (
        <p className="px-5 py-6 text-sm text-ink-muted">{t("pending.none")}</p>
      ) : (
        <ul className="divide-y divide-surface-line" data-testid="pending-list">
          {pending.oldest.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 px-5 py-3 text-sm">
              <a
                href={`/${row.kind === "invoice" ? "invoices" : "payouts"}/${row.id}`}
                className="min-w-0 truncate text-ink hover:underline"
              >
                {t(`pending.${row.kind}`)} {row.number} · {row.description}
              </a>
              <span className="flex items-center gap-3">
                <span className="tabular-nums text-ink">{formatXof(row.amount, locale)}</span>
                <PendingAge since={row.since} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <PendingListLinks {...props} />
    </Card>
  );
}

function PendingListLinks({ pending, allShown, allHref, oldestHref }: PendingListProps) {
  const t = useTranslations("ledger");
  const hidden = pending.total - pending.oldest.length;
  if (!allShown && hidden <= 0) return null;
  if (allShown && pending.total <= PENDING_SHORT_LIST) return null;
  return (
    <p className="flex flex-wrap justify-between gap-2 border-t border-surface-line px-5 py-3 text-sm">
      {allShown ? (
        <>
          <a href={oldestHref} className="text-brand-700 hover:underline" data-testid="pending-oldest">
            {t("pending.showOldest", { count: PENDING_SHORT_LIST })}
          </a>
          {hidden > 0 ? (
            <span className="text-ink-muted">{t("pending.capped", { count: PENDING_FULL_LIST })}</span>
          ) : null}
        </>
      ) : (
        <a href={allHref} className="text-brand-700 hover:underline" data-testid="pending-all">
          {t("pending.showAll", { count: pending.total })}
        </a>
      )}
    </p>
  );
}
