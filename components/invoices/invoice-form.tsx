"use client";

import { useState, type FormEvent } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { invoiceTotal, type AmountLimits } from "@/lib/invoices/form-basics";
import type { InvoiceFormInput } from "@/lib/invoices/schemas";
import { useGatewayErrorMessage } from "@/lib/i18n/use-gateway-error-message";
import type { Locale } from "@/i18n/config";
import { formatXof } from "@/lib/money";
import { OPERATORS } from "@/lib/phone";
import { ApiRequestError } from "@/lib/hooks/api-fetch";
import { useCreateInvoice } from "@/lib/hooks/invoices";
import { useFormCheck } from "@/lib/hooks/use-form-check";
import { DirectPayerFields } from "./direct-payer-fields";
import { emptyLine, LineItemsEditor, parseLine, type LineDraft } from "./line-items-editor";
import type * as SchemaModule from "@/lib/invoices/schemas";

export type InvoiceFormDefaults = {
  customerFirstname: string;
  customerLastname: string;
  customerEmail: string;
  customerPhone: string;
  description: string;
  merchantReference: string;
  items: Omit<LineDraft, "key">[];
};

/** A datetime-local value read as the staff member's wall-clock time; unparsable text is passed on for the schema to reject. */
function toInstant(local: string): string {
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? local : date.toISOString();
}

type Failure = { id: string; reason: string };
type Schemas = typeof SchemaModule;

/** The form's text fields as typed; read from the form on every change (the inputs stay uncontrolled). */
const TEXT_FIELDS = [
  "customerFirstname",
  "customerLastname",
  "customerEmail",
  "customerPhone",
  "description",
  "merchantReference",
  "expiresAt",
] as const;
type TextValues = Record<(typeof TEXT_FIELDS)[number], string>;

export function InvoiceForm({ limits, defaults }: { limits: AmountLimits; defaults?: InvoiceFormDefaults }) {
  const t = useTranslations("invoices");
  const locale = useLocale() as Locale;
  const gatewayErrorMessage = useGatewayErrorMessage();
  const router = useRouter();
  const create = useCreateInvoice();
  // One key for the life of the form: a double click or a retry after a lost answer finds the
  // same invoice. Replaced only after a definite refusal, so a corrected retry is a new invoice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [channel, setChannel] = useState<"hosted" | "direct">("hosted");
  const [lines, setLines] = useState<LineDraft[]>(() =>
    defaults?.items.length ? defaults.items.map((i) => ({ ...i, key: crypto.randomUUID() })) : [emptyLine()],
  );
  const [payerPhone, setPayerPhone] = useState("");
  const [otp, setOtp] = useState("");
  const [text, setText] = useState<TextValues>(() => ({
    customerFirstname: defaults?.customerFirstname ?? "",
    customerLastname: defaults?.customerLastname ?? "",
    customerEmail: defaults?.customerEmail ?? "",
    customerPhone: defaults?.customerPhone ?? "",
    description: defaults?.description ?? "",
    merchantReference: defaults?.merchantReference ?? "",
    expiresAt: "",
  }));
  const [schemas, setSchemas] = useState<Schemas | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const input: InvoiceFormInput = {
    idempotencyKey,
    channel,
    customerFirstname: text.customerFirstname,
    customerLastname: text.customerLastname,
    customerEmail: text.customerEmail,
    customerPhone: text.customerPhone,
    items: lines.map(parseLine),
    description: text.description,
    merchantReference: text.merchantReference,
    // datetime-local is the staff member's wall-clock time: sent as an instant.
    expiresAt: text.expiresAt ? toInstant(text.expiresAt) : undefined,
    ...(channel === "direct" ? { payerPhone, otp } : {}),
  };
  const checkWith = (loaded: Schemas) =>
    loaded.invoiceInputSchema(limits, (key, values) => t(key, values)).safeParse(input);
  const form = useFormCheck(() => (schemas ? checkWith(schemas) : null));
  const serverError = create.error instanceof ApiRequestError ? create.error : null;
  const fieldError = (path: string) =>
    form.errors[path] ?? serverError?.fields.find((e) => e.path === path)?.message;
  const invalid = Object.keys(form.errors).length > 0 || (serverError?.fields.length ?? 0) > 0;
  const total = invoiceTotal(lines.map(parseLine));
  const operatorMinimums = OPERATORS.filter((o) => o.minAmount !== null && o.validationMode !== null).map(
    (o) => `${o.name} ${formatXof(o.minAmount ?? 0, locale)}`,
  );

  function onFormChange(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    setText(
      Object.fromEntries(TEXT_FIELDS.map((name) => [name, String(data.get(name) ?? "")])) as TextValues,
    );
    if (create.isError) create.reset();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The same schema as the route handler, fetched on first use so it is not part of the page's first load.
    const loaded = schemas ?? (await import("@/lib/invoices/schemas"));
    setSchemas(loaded);
    setFailure(null);
    const checked = form.submit(checkWith(loaded));
    if (!checked?.ok) return;
    create.mutate(input, {
      onSuccess: ({ invoice }) => {
        if (invoice.status !== "failed") return router.push(`/invoices/${invoice.id}`);
        setFailure({
          id: invoice.id,
          reason: gatewayErrorMessage(invoice.failureCode),
        });
        setIdempotencyKey(crypto.randomUUID());
        if (invoice.failureCode === "wrong_otp" || invoice.failureCode === "expired_otp") setOtp("");
      },
    });
  }

  const section = "space-y-4 border-t border-surface-line px-5 py-5";
  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      onChange={onFormChange}
      noValidate
      className="divide-surface-line"
    >
      <div className={failure || serverError || invalid ? "space-y-2 px-5 pt-5" : "hidden"}>
        {failure ? (
          <div role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
            <p className="font-medium">{t("failedNotice", { reason: failure.reason })}</p>
            <p className="mt-1">
              {t.rich("failedKept", {
                link: (chunks) => (
                  <Link className="underline" href={`/invoices/${failure.id}`}>
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </div>
        ) : null}
        {serverError && !serverError.fields.length ? (
          <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
            {serverError.message}
          </p>
        ) : null}
        {invalid ? (
          <p role="alert" className="rounded-lg bg-danger-soft px-3 py-2 text-sm text-danger">
            {t("fixErrors")}
          </p>
        ) : null}
      </div>

      <fieldset className="px-5 py-5">
        <legend className="sr-only">{t("channel.label")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {(["hosted", "direct"] as const).map((c) => (
            <label
              key={c}
              className={`flex cursor-pointer gap-3 rounded-lg border p-3 text-sm ${channel === c ? "border-brand-500 bg-brand-50" : "border-surface-line"}`}
            >
              <input
                type="radio"
                name="channel"
                value={c}
                checked={channel === c}
                onChange={() => setChannel(c)}
                className="mt-1"
              />
              <span>
                <span className="block font-medium text-ink">{t(`channel.${c}`)}</span>
                <span className="block text-ink-muted">{t(`channel.${c}Hint`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className={section}>
        <fieldset className="space-y-4">
          <legend className="text-sm font-semibold text-ink">{t("customer.section")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              label={t("customer.firstname")}
              name="customerFirstname"
              defaultValue={defaults?.customerFirstname}
              autoComplete="off"
              error={fieldError("customerFirstname")}
            />
            <TextField
              label={t("customer.lastname")}
              name="customerLastname"
              defaultValue={defaults?.customerLastname}
              autoComplete="off"
              error={fieldError("customerLastname")}
            />
            <TextField
              label={t("customer.email")}
              name="customerEmail"
              type="email"
              defaultValue={defaults?.customerEmail}
              autoComplete="off"
              error={fieldError("customerEmail")}
            />
            {channel === "hosted" ? (
              <TextField
                label={t("customer.phone")}
                name="customerPhone"
                type="tel"
                defaultValue={defaults?.customerPhone}
                autoComplete="off"
                hint={t("customer.phoneHint")}
                error={fieldError("customerPhone")}
              />
            ) : null}
          </div>
        </fieldset>
      </div>

      <div className={section}>
        <fieldset className="space-y-4">
          <legend className="text-sm font-semibold text-ink">{t("items.section")}</legend>
          <LineItemsEditor lines={lines} onChange={setLines} fieldError={fieldError} />
          <div className="flex flex-wrap items-baseline justify-between gap-2 rounded-lg bg-surface-sunken px-4 py-3">
            <div className="text-xs text-ink-muted">
              <p>
                {t("limits", {
                  min: formatXof(limits.minAmount, locale),
                  max: formatXof(limits.maxAmount, locale),
                })}
              </p>
              <p>{t("operatorMinimums", { list: operatorMinimums.join(" · ") })}</p>
              {fieldError("items") ? (
                <p className="mt-1 font-medium text-danger">{fieldError("items")}</p>
              ) : null}
            </div>
            <p className="text-lg font-semibold tabular-nums text-ink">
              {t("items.total")} : <span data-testid="invoice-total">{formatXof(total, locale)}</span>
            </p>
          </div>
        </fieldset>
      </div>

      <div className={section}>
        <fieldset className="space-y-4">
          <legend className="text-sm font-semibold text-ink">{t("details.section")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              className="sm:col-span-2"
              label={t("details.description")}
              name="description"
              defaultValue={defaults?.description}
              hint={t("details.descriptionHint")}
              error={fieldError("description")}
            />
            <TextField
              label={t("details.reference")}
              name="merchantReference"
              defaultValue={defaults?.merchantReference}
              error={fieldError("merchantReference")}
            />
            <TextField
              label={t("details.expiresAt")}
              name="expiresAt"
              type="datetime-local"
              hint={t("details.expiresHint")}
              error={fieldError("expiresAt")}
            />
          </div>
        </fieldset>
      </div>

      {channel === "direct" ? (
        <div className={section}>
          <fieldset className="space-y-4">
            <legend className="text-sm font-semibold text-ink">{t("direct.section")}</legend>
            <DirectPayerFields
              phone={payerPhone}
              otp={otp}
              onPhone={setPayerPhone}
              onOtp={setOtp}
              fieldError={fieldError}
            />
          </fieldset>
        </div>
      ) : null}

      <div className="border-t border-surface-line px-5 py-4">
        <Button type="submit" disabled={create.isPending}>
          {create.isPending
            ? t("submitting")
            : channel === "direct"
              ? t("submitDirect", { amount: formatXof(total, locale) })
              : t("submit")}
        </Button>
      </div>
    </form>
  );
}
