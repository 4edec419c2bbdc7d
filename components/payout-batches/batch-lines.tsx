"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { PayoutStatusBadge } from "@/components/payouts/payout-status-badge";
import { Card, CardHeader } from "@/components/ui/card";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import type { BatchDetail } from "@/lib/payout-batches/get-batch";
import { formatPhone } from "@/lib/phone";

// A 5,000-line batch is read in its result file; the page shows the start.
const SHOWN_LINES = 200;

/** A batch's lines: columns on a desk, two rows a line on a phone; a sent line links to its payout. */
export function BatchLines({ batch }: { batch: BatchDetail }) {
  const t = useTranslations("payoutBatches");
  const tp = useTranslations("payouts");
  const locale = useLocale() as Locale;
  return (
    <Card>
      <CardHeader
        title={t("detail.lines")}
        hint={batch.lines.length > SHOWN_LINES ? t("detail.linesShown", { shown: SHOWN_LINES }) : undefined}
      />
      <Table>
        <TableHead>
          <Th>{t("detail.line")}</Th>
          <Th>{t("detail.name")}</Th>
          <Th>{t("detail.phone")}</Th>
          <Th alignment="right">{t("detail.amount")}</Th>
          <Th>{t("detail.destination")}</Th>
          <Th>{t("detail.lineStatus")}</Th>
        </TableHead>
        <TableBody>
          {batch.lines.slice(0, SHOWN_LINES).map((l) => {
            const state =
              l.status && l.payoutId ? (
                <Link href={`/payouts/${l.payoutId}`} aria-label={t("detail.payout")}>
                  <PayoutStatusBadge status={l.status} />
                </Link>
              ) : (
                <span className="text-ink-muted">
                  {t(batch.status === "cancelled" ? "lineStatuses.notSentCancelled" : "lineStatuses.notSent")}
                </span>
              );
            return (
              <Tr key={l.line} data-line={l.line}>
                <Td>
                  {/* A phone reads the line in two rows: who and how much, then where and how far. */}
                  <span className="md:hidden">
                    <span className="flex items-baseline justify-between gap-3">
                      <span className="min-w-0">
                        {t("preview.line", { line: l.line })} · <span className="text-ink">{l.name}</span>
                      </span>
                      <span className="shrink-0 font-medium tabular-nums text-ink">
                        {formatXof(l.amount, locale)}
                      </span>
                    </span>
                    <span className="mt-0.5 flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                      <span className="text-xs text-ink-muted">
                        {formatPhone(l.phone)} · {tp(`destinations.${l.destination}`)}
                      </span>
                      <span className="text-xs">{state}</span>
                    </span>
                  </span>
                  <span className="hidden md:inline">{t("preview.line", { line: l.line })}</span>
                </Td>
                <Td deskOnly>{l.name}</Td>
                <Td deskOnly>{formatPhone(l.phone)}</Td>
                <Td deskOnly alignment="right">
                  {formatXof(l.amount, locale)}
                </Td>
                <Td deskOnly>{tp(`destinations.${l.destination}`)}</Td>
                <Td deskOnly>{state}</Td>
              </Tr>
            );
          })}
        </TableBody>
      </Table>
    </Card>
  );
}
