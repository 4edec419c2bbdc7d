"use client";

import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { SaveFooter } from "@/components/ui/save-footer";
import { TextField } from "@/components/ui/text-field";
import { formatXof } from "@/lib/money";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useSaveApprovalSettings } from "@/lib/hooks/payouts";
import { useFormCheck } from "@/lib/hooks/use-form-check";
import type { ApprovalSettingsInput } from "@/lib/settings/schemas";
import type * as SchemaModule from "@/lib/settings/schemas";

type Field = keyof ApprovalSettingsInput;
const FIELDS: Field[] = ["approvalThreshold", "approvalRollingTotal"];
type Schemas = typeof SchemaModule;

/** Admin: when a payout waits for a manager — its amount alone, or the requester's 24 h total. */
export function ApprovalSettingsForm({ current }: { current: ApprovalSettingsInput }) {
  const t = useTranslations("payouts.settings");
  const tAll = useTranslations();
  const locale = useLocale() === "en" ? "en" : "fr";
  const save = useSaveApprovalSettings();
  const [text, setText] = useState<Record<Field, string>>({
    approvalThreshold: String(current.approvalThreshold),
    approvalRollingTotal: String(current.approvalRollingTotal),
  });
  const [schemas, setSchemas] = useState<Schemas | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const checkWith = (loaded: Schemas) =>
    loaded.approvalSettingsSchema((key, values) => tAll(key, values)).safeParse(text);
  const form = useFormCheck(() => (schemas ? checkWith(schemas) : null));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const loaded = schemas ?? (await import("@/lib/settings/schemas"));
    setSchemas(loaded);
    const checked = form.submit(checkWith(loaded));
    if (!checked?.ok) return;
    save.mutate(checked.value, {
      onSuccess: (saved) =>
        setNotice(
          t("saved", {
            threshold: formatXof(saved.approvalThreshold, locale),
            rollingTotal: formatXof(saved.approvalRollingTotal, locale),
          }),
        ),
    });
  }

  const serverError = save.error instanceof ApiRequestError ? save.error : null;
  const serverField = (field: Field) => serverError?.fields.find((f) => f.path === field)?.message;
  return (
    <form onSubmit={(event) => void onSubmit(event)} className="space-y-4 p-5" noValidate>
      <div className="flex flex-wrap items-start gap-4">
        {FIELDS.map((field) => (
          <TextField
            key={field}
            label={t(`${field}.label`)}
            hint={t(`${field}.hint`)}
            name={field}
            inputMode="numeric"
            value={text[field]}
            onChange={(e) => {
              if (save.isError) save.reset();
              setText((all) => ({ ...all, [field]: e.target.value }));
            }}
            error={form.errors[field] ?? serverField(field)}
            className="w-full sm:w-80"
          />
        ))}
      </div>
      <SaveFooter
        error={serverError && serverError.fields.length === 0 ? serverError.message : null}
        pending={save.isPending}
        label={t("save")}
        notice={notice}
      />
    </form>
  );
}
