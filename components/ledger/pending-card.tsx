"use client";

import { useLocale, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import type { PendingSummary } from "@/lib/reconciliation/list-pending";
import { PendingAge } from "./pending-age";

/** What still waits on LigdiCash, oldest first, with the age buckets staff watch. */
export function PendingCard({ pending }: { pending: PendingSummary }) {
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
    </Card>
  );
}
