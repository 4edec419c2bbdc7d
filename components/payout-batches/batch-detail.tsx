"use client";

import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { PayoutStatusBadge } from "@/components/payouts/payout-status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Table, TableBody, TableHead, Td, Th, Tr } from "@/components/ui/table";
import type { Locale } from "@/i18n/config";
import { useBatchAction, useBatchDetail, type BatchActionName } from "@/lib/hooks/payout-batches";
import { formatXof } from "@/lib/money";
import { formatPhone } from "@/lib/phone";
import type { BatchDetail } from "@/lib/payout-batches/get-batch";
import { BatchProgressBar } from "./batch-progress-bar";
import { BatchStatusBadge } from "./batch-status-badge";
import { OperatorTotals } from "./operator-totals";

// A 5,000-line batch is read in its result file; the page shows the start.
const SHOWN_LINES = 200;

export type BatchViewer = { id: string; canApprove: boolean; canRequest: boolean };

/** One batch, updated live (payout and batch changes invalidate ["payoutBatches"]). */
export function BatchDetailView({ initial, viewer }: { initial: BatchDetail; viewer: BatchViewer }) {
  const t = useTranslations("payoutBatches");
  const tp = useTranslations("payouts");
  const locale = useLocale() as Locale;
  const format = useFormatter();
  const { data: batch } = useBatchDetail(initial.id, initial);
  const action = useBatchAction(batch.id);
  const [confirming, setConfirming] = useState<BatchActionName | null>(null);
  const [note, setNote] = useState("");
  const blocked = batch.operatorTotals.filter((o) => o.insufficient);
  const own = batch.requestedBy.id === viewer.id;
  const awaiting = batch.status === "awaiting_approval";

  const run = (name: BatchActionName) =>
    action.mutate({ action: name, note: note || undefined }, { onSuccess: () => setConfirming(null) });

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title={`${batch.fileName} — ${formatXof(batch.total, locale)}`}
          hint={t("detail.requestedBy", {
            name: batch.requestedBy.name,
            date: format.dateTime(new Date(batch.createdAt), { dateStyle: "medium", timeStyle: "short" }),
          })}
          action={<BatchStatusBadge status={batch.status} />}
        />
        <BatchProgressBar progress={batch.progress} />
        <div className="space-y-3 border-t border-surface-line px-5 py-4">
          <OperatorTotals totals={batch.operatorTotals} />
          {batch.status === "paused" || batch.status === "cancelled" ? (
            <p className="text-sm text-ink" data-testid="batch-state-note">
              {t(`detail.stateNotes.${batch.status}`, { sent: batch.progress.sent })}
            </p>
          ) : null}
          {awaiting ? <p className="text-sm text-ink-muted">{t("detail.approvalReasons")}</p> : null}
          {awaiting && own && viewer.canApprove ? (
            <p className="text-sm text-ink-muted">{t("detail.ownBatch")}</p>
          ) : null}
          {awaiting && blocked.length > 0 ? (
            <p role="alert" className="text-sm font-medium text-danger">
              {t("rules.balance_insufficient")}
            </p>
          ) : null}
          {batch.decidedBy ? (
            <p className="text-sm text-ink-muted">{t("detail.decidedBy", { name: batch.decidedBy.name })}</p>
          ) : null}
          {action.error && !confirming ? (
            <p role="alert" className="text-sm text-danger">
              {action.error.message}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-3">
            {awaiting && viewer.canApprove && !own ? (
              <>
                <Button type="button" disabled={blocked.length > 0} onClick={() => setConfirming("approve")}>
                  {t("detail.approve")}
                </Button>
                <Button type="button" variant="secondary" onClick={() => setConfirming("reject")}>
                  {t("detail.reject")}
                </Button>
              </>
            ) : null}
            {batch.status === "sending" && viewer.canRequest ? (
              <Button
                type="button"
                variant="secondary"
                onClick={() => run("pause")}
                disabled={action.isPending}
              >
                {t("detail.pause")}
              </Button>
            ) : null}
            {batch.status === "paused" && viewer.canRequest ? (
              <Button
                type="button"
                variant="secondary"
                onClick={() => run("resume")}
                disabled={action.isPending}
              >
                {t("detail.resume")}
              </Button>
            ) : null}
            {(awaiting || batch.status === "sending" || batch.status === "paused") && viewer.canRequest ? (
              <Button type="button" variant="danger" onClick={() => setConfirming("cancel")}>
                {t("detail.cancel")}
              </Button>
            ) : null}
            <a
              href={`/api/payout-batches/${batch.id}/export`}
              download
              data-testid="batch-export"
              className="inline-flex items-center rounded-lg px-4 py-2 text-sm font-medium text-brand-700 ring-1 ring-inset ring-surface-line hover:bg-surface-sunken"
            >
              {t("detail.export")}
            </a>
          </div>
        </div>
      </Card>

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
                    {t(
                      batch.status === "cancelled" ? "lineStatuses.notSentCancelled" : "lineStatuses.notSent",
                    )}
                  </span>
                );
              return (
                <Tr key={l.line} data-line={l.line}>
                  <Td>
                    <span className="md:hidden">
                      <span className="flex items-center justify-between gap-3">
                        <span className="min-w-0 truncate">
                          {t("preview.line", { line: l.line })} · <span className="text-ink">{l.name}</span>
                        </span>
                        <span className="shrink-0 text-xs">{state}</span>
                      </span>
                      <span className="mt-0.5 flex flex-wrap gap-x-1 text-xs text-ink-muted">
                        <span>{formatPhone(l.phone)} ·</span>
                        <span className="font-medium text-ink">{formatXof(l.amount, locale)}</span>
                        <span>· {tp(`destinations.${l.destination}`)}</span>
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

      <ConfirmDialog
        open={confirming !== null}
        title={
          confirming === "approve"
            ? t("detail.approve")
            : confirming === "reject"
              ? t("detail.reject")
              : t("detail.cancel")
        }
        confirmLabel={
          confirming === "approve"
            ? t("detail.approve")
            : confirming === "reject"
              ? t("detail.reject")
              : t("detail.cancel")
        }
        cancelLabel={tp("confirm.back")}
        tone={confirming === "approve" ? "primary" : "danger"}
        pending={action.isPending}
        error={confirming ? (action.error?.message ?? null) : null}
        onConfirm={() => confirming && run(confirming)}
        onCancel={() => {
          setConfirming(null);
          action.reset();
        }}
      >
        {confirming === "approve" ? (
          <div className="space-y-2 text-sm">
            <p>{t("detail.confirmApprove", { lines: batch.lineCount, total: batch.total })}</p>
            <OperatorTotals totals={batch.operatorTotals} />
          </div>
        ) : confirming === "reject" ? (
          <label className="block text-sm font-medium text-ink">
            {t("detail.rejectNote")}
            <textarea
              value={note}
              onChange={(e) => setNote(e.target.value)}
              className="mt-1 block w-full rounded-lg border border-surface-line px-3 py-2 text-sm"
              rows={3}
            />
          </label>
        ) : (
          <p className="text-sm">{t("detail.confirmCancel")}</p>
        )}
      </ConfirmDialog>
    </div>
  );
}
