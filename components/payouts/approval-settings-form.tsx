"use client";

import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { formatXof, parseXofInput } from "@/lib/money";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useSaveApprovalSettings } from "@/lib/hooks/payouts";
import type { ApprovalSettingsInput } from "@/lib/settings/schemas";

type Field = keyof ApprovalSettingsInput;
const FIELDS: Field[] = ["approvalThreshold", "approvalRollingTotal"];

/** Admin: when a payout waits for a manager — its amount alone, or the requester's 24 h total. */
export function ApprovalSettingsForm({ current }: { current: ApprovalSettingsInput }) {
  const t = useTranslations("payouts.settings");
  const tg = useTranslations("gateway.amountInput");
  const locale = useLocale() === "en" ? "en" : "fr";
  const save = useSaveApprovalSettings();
  const [text, setText] = useState<Record<Field, string>>({
    approvalThreshold: String(current.approvalThreshold),
    approvalRollingTotal: String(current.approvalRollingTotal),
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const threshold = parseXofInput(text.approvalThreshold);
    const rolling = parseXofInput(text.approvalRollingTotal);
    setErrors({
      approvalThreshold: threshold.ok ? undefined : tg(threshold.reason),
      approvalRollingTotal: rolling.ok ? undefined : tg(rolling.reason),
    });
    if (!threshold.ok || !rolling.ok) return;
    save.mutate(
      { approvalThreshold: threshold.value, approvalRollingTotal: rolling.value },
      {
        onSuccess: (saved) =>
          setNotice(
            t("saved", {
              threshold: formatXof(saved.approvalThreshold, locale),
              rollingTotal: formatXof(saved.approvalRollingTotal, locale),
            }),
          ),
      },
    );
  }

  const serverError = save.error instanceof ApiRequestError ? save.error.message : null;
  return (
    <form onSubmit={onSubmit} className="space-y-4 p-5" noValidate>
      <div className="flex flex-wrap items-start gap-4">
        {FIELDS.map((field) => (
          <TextField
            key={field}
            label={t(`${field}.label`)}
            hint={t(`${field}.hint`)}
            name={field}
            inputMode="numeric"
            value={text[field]}
            onChange={(e) => setText((all) => ({ ...all, [field]: e.target.value }))}
            error={errors[field]}
            className="w-full sm:w-80"
          />
        ))}
      </div>
      {serverError ? (
        <p role="alert" className="text-sm text-danger">
          {serverError}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={save.isPending}>
          {t("save")}
        </Button>
        {notice ? (
          <p role="status" className="text-sm text-success">
            {notice}
          </p>
        ) : null}
      </div>
    </form>
  );
}
