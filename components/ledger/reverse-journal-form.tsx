"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useReverseJournal } from "@/lib/hooks/ledger";
import { useFormCheck } from "@/lib/hooks/use-form-check";
import type * as SchemaModule from "@/lib/ledger/schemas";

type Schemas = typeof SchemaModule;

/** "Reverse" on one journal: opens a short form asking why, then posts the reversing journal. */
export function ReverseJournalForm({ journalId, postingKey }: { journalId: string; postingKey: string }) {
  const t = useTranslations("ledger.reverse");
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const tAll = useTranslations();
  const [schemas, setSchemas] = useState<Schemas | null>(null);
  const reverse = useReverseJournal(journalId);
  const checkWith = (loaded: Schemas) =>
    loaded.reversalSchema((key, values) => tAll(key, values)).safeParse({ reason });
  const form = useFormCheck(() => (schemas ? checkWith(schemas) : null));
  const error = reverse.error instanceof ApiRequestError ? reverse.error : null;
  const serverFieldError = error?.fields.find((f) => f.path === "reason")?.message;
  const fieldError = form.errors.reason ?? serverFieldError;
  const formError = error && !serverFieldError ? (error.fields[0]?.message ?? error.message) : null;

  if (!open)
    return (
      <Button
        variant="ghost"
        className="px-2 py-1 text-xs"
        onClick={() => setOpen(true)}
        aria-label={`${t("action")} ${postingKey}`}
      >
        {t("action")}
      </Button>
    );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const loaded = schemas ?? (await import("@/lib/ledger/schemas"));
    setSchemas(loaded);
    const checked = form.submit(checkWith(loaded));
    if (checked?.ok) reverse.mutate(checked.value.reason);
  };
  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="mt-3 w-full space-y-3 rounded-lg border border-danger/30 bg-danger-soft/40 p-3"
      aria-label={t("title")}
    >
      <p className="text-sm font-medium text-ink">{t("title")}</p>
      <p className="text-xs text-ink-muted">{t("hint")}</p>
      {formError ? (
        <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
          {formError}
        </p>
      ) : null}
      <TextField
        label={t("reason")}
        name="reason"
        value={reason}
        onChange={(e) => {
          if (reverse.isError) reverse.reset();
          setReason(e.target.value);
        }}
        required
        maxLength={200}
        hint={t("reasonHint")}
        error={fieldError}
        autoFocus
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={reverse.isPending}>
          {t("confirm")}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            reverse.reset();
            setOpen(false);
          }}
          disabled={reverse.isPending}
        >
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
