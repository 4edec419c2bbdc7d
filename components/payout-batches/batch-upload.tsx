"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { SelectField } from "@/components/ui/select-field";
import { useCreateBatch, usePreviewBatch } from "@/lib/hooks/payout-batches";
import { MAX_BATCH_LINES } from "@/lib/payout-batches/limits";
import type { BatchPreview } from "@/lib/payout-batches/preview-batch";
import { STANDALONE_PURPOSES } from "@/lib/payouts/purposes";
import { OperatorTotals } from "./operator-totals";

// Enough to read what is wrong; the full list is the file itself.
const SHOWN_LINES = 100;

/**
 * Upload → check (nothing stored) → create. A new file replaces the check; creating sends the same
 * text, which the server checks again. A refusal is shown here and the chosen file is kept.
 */
export function BatchUpload() {
  const t = useTranslations("payoutBatches");
  const tp = useTranslations("payouts");
  const router = useRouter();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [purpose, setPurpose] = useState<(typeof STANDALONE_PURPOSES)[number]>("salary");
  const [acceptDuplicates, setAcceptDuplicates] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const preview = usePreviewBatch();
  const create = useCreateBatch();
  const result: BatchPreview | undefined = preview.data;

  async function onFile(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    if (!chosen) return;
    const text = await chosen.text();
    setFile({ name: chosen.name, text });
    setAcceptDuplicates(false);
    create.reset();
    preview.mutate(text);
  }

  const errorLines = result?.lines.filter((l) => l.errors.length > 0) ?? [];
  const duplicateLines = result?.lines.filter((l) => l.sameAs.length > 0) ?? [];
  const canCreate =
    !!file && !!result && errorLines.length === 0 && (duplicateLines.length === 0 || acceptDuplicates);

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader
          title={t("upload.title")}
          hint={t("upload.intro")}
          action={
            <a
              href="/api/payout-batches/template"
              download
              className="text-sm font-medium text-brand-700 underline hover:text-brand-800"
            >
              {t("upload.template")}
            </a>
          }
        />
        <div className="space-y-4 px-5 py-4">
          <p className="text-sm text-ink-muted">
            {t("upload.columns")} {t("upload.maxLines", { max: MAX_BATCH_LINES })}
          </p>
          <SelectField
            label={t("upload.purpose")}
            value={purpose}
            onChange={(e) => setPurpose(e.target.value as (typeof STANDALONE_PURPOSES)[number])}
            options={STANDALONE_PURPOSES.map((p) => ({ value: p, label: tp(`purposes.${p}`) }))}
          />
          <label className="block text-sm font-medium text-ink">
            {t("upload.file")}
            {/* The browser's own button speaks its language, not the page's: ours, over a hidden input. */}
            <input
              type="file"
              accept=".csv,text/csv"
              data-testid="batch-file"
              className="peer sr-only"
              onChange={(e) => void onFile(e.currentTarget)}
            />
            <span className="mt-1 flex flex-wrap items-center gap-3 font-normal peer-focus-visible:[&>span:first-child]:ring-2 peer-focus-visible:[&>span:first-child]:ring-brand-500">
              <span className="cursor-pointer rounded-lg bg-brand-100 px-3 py-2 text-brand-800 hover:bg-brand-200">
                {t("upload.choose")}
              </span>
              <span className="break-all text-ink-muted">{file?.name ?? t("upload.noFile")}</span>
            </span>
          </label>
          {preview.isPending ? <p className="text-sm text-ink-muted">{t("upload.checking")}</p> : null}
          {preview.error ? (
            <p role="alert" className="text-sm text-danger">
              {preview.error.message}
            </p>
          ) : null}
        </div>
      </Card>

      {result ? (
        <Card>
          <CardHeader
            title={t("preview.title")}
            hint={t("preview.summary", {
              lines: result.lineCount,
              errors: result.errorLines,
              duplicates: result.duplicateLines,
              total: result.total,
            })}
          />
          <div className="space-y-5 px-5 py-4" data-testid="batch-preview">
            {errorLines.length > 0 ? (
              <section>
                <h3 className="text-sm font-semibold text-danger">{t("preview.errorsTitle")}</h3>
                <ul className="mt-2 space-y-1 text-sm" data-testid="line-errors">
                  {errorLines.slice(0, SHOWN_LINES).map((l) => (
                    <li key={l.line} data-line={l.line} className="break-words">
                      <span className="font-medium">{t("preview.line", { line: l.line })}</span> :{" "}
                      {l.errors.join(" ")}
                    </li>
                  ))}
                </ul>
                {errorLines.length > SHOWN_LINES ? (
                  <p className="mt-1 text-sm text-ink-muted">
                    {t("preview.more", { count: errorLines.length - SHOWN_LINES })}
                  </p>
                ) : null}
                <p className="mt-2 text-sm text-ink-muted">{t("upload.reupload")}</p>
              </section>
            ) : null}
            {duplicateLines.length > 0 ? (
              <section>
                <h3 className="text-sm font-semibold text-warning">{t("preview.duplicatesTitle")}</h3>
                <ul className="mt-2 space-y-1 text-sm" data-testid="line-duplicates">
                  {duplicateLines.slice(0, SHOWN_LINES).map((l) => (
                    <li key={l.line}>
                      {t("preview.duplicateOf", { line: l.line, others: l.sameAs.join(", ") })}
                    </li>
                  ))}
                </ul>
                <label className="mt-2 flex items-center gap-2 text-sm text-ink">
                  <input
                    type="checkbox"
                    checked={acceptDuplicates}
                    onChange={(e) => setAcceptDuplicates(e.target.checked)}
                  />
                  {t("preview.acceptDuplicates")}
                </label>
              </section>
            ) : null}
            {result.operatorTotals.length > 0 ? (
              <section>
                <h3 className="text-sm font-semibold text-ink">{t("preview.operatorsTitle")}</h3>
                <div className="mt-2">
                  <OperatorTotals totals={result.operatorTotals} />
                </div>
              </section>
            ) : null}
            {create.error ? (
              <p role="alert" className="text-sm text-danger">
                {create.error.message}
              </p>
            ) : null}
            <div className="flex flex-wrap items-center gap-3">
              <Button
                type="button"
                disabled={!canCreate || create.isPending}
                onClick={() =>
                  file &&
                  create.mutate(
                    { idempotencyKey, fileName: file.name, purpose, file: file.text, acceptDuplicates },
                    { onSuccess: ({ batch }) => router.push(`/payout-batches/${batch.id}`) },
                  )
                }
              >
                {create.isPending ? t("preview.creating") : t("preview.create")}
              </Button>
              {errorLines.length > 0 ? (
                <p className="text-sm text-ink-muted">{t("preview.fixFirst")}</p>
              ) : null}
            </div>
          </div>
        </Card>
      ) : null}
    </div>
  );
}
