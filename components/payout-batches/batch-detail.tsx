"use client";

import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Locale } from "@/i18n/config";
import { useBatchAction, useBatchDetail, type BatchActionName } from "@/lib/hooks/payout-batches";
import { formatXof } from "@/lib/money";
import type { BatchDetail } from "@/lib/payout-batches/get-batch";
import { BatchLines } from "./batch-lines";
import { BatchProgressBar } from "./batch-progress-bar";
import { BatchStatusBadge } from "./batch-status-badge";
import { OperatorTotals } from "./operator-totals";

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

      <BatchLines batch={batch} />

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
