"use client";

import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { formatXof, parseXofInput } from "@/lib/money";
import { ApiError } from "@/lib/queries/api-fetch";
import { useSaveThreshold } from "@/lib/queries/payouts";

/** Admin: the amount above which a payout waits for a manager's approval. */
export function ThresholdForm({ current }: { current: number }) {
  const t = useTranslations("payouts.settings");
  const tg = useTranslations("gateway.amountInput");
  const locale = useLocale() === "en" ? "en" : "fr";
  const save = useSaveThreshold();
  const [text, setText] = useState(String(current));
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const parsed = parseXofInput(text);
    if (!parsed.ok) return setError(tg(parsed.reason));
    setError(null);
    save.mutate(parsed.value, {
      onSuccess: ({ approvalThreshold }) =>
        setNotice(t("saved", { amount: formatXof(approvalThreshold, locale) })),
    });
  }

  const serverError = save.error instanceof ApiError ? save.error.message : null;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3 p-5" noValidate>
      <TextField
        label={t("label")}
        name="approvalThreshold"
        inputMode="numeric"
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={error ?? serverError ?? undefined}
        className="w-56"
      />
      <Button type="submit" variant="secondary" disabled={save.isPending}>
        {t("save")}
      </Button>
      {notice ? (
        <p role="status" className="text-sm text-success">
          {notice}
        </p>
      ) : null}
    </form>
  );
}
