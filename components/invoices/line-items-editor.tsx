"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import type { Locale } from "@/i18n/config";
import { formatXof, parseXofInput } from "@/lib/money";
import { MAX_ITEMS } from "@/lib/invoices/form-basics";

export type LineDraft = {
  key: string;
  name: string;
  description: string;
  quantity: string;
  unitPrice: string;
};

export function parseLine(line: LineDraft) {
  const quantity = /^\s*\d+\s*$/.test(line.quantity) ? Number(line.quantity.trim()) : Number.NaN;
  const price = parseXofInput(line.unitPrice);
  return {
    name: line.name,
    description: line.description,
    quantity,
    unitPrice: price.ok ? price.value : Number.NaN,
  };
}

export const emptyLine = (): LineDraft => ({
  key: crypto.randomUUID(),
  name: "",
  description: "",
  quantity: "1",
  unitPrice: "",
});

type Props = {
  lines: LineDraft[];
  onChange: (lines: LineDraft[]) => void;
  fieldError: (path: string) => string | undefined;
};

export function LineItemsEditor({ lines, onChange, fieldError }: Props) {
  const t = useTranslations("invoices");
  const locale = useLocale() as Locale;
  const update = (index: number, patch: Partial<LineDraft>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...patch } : line)));

  return (
    <div className="space-y-3">
      {lines.map((line, index) => {
        const parsed = parseLine(line);
        const lineTotal =
          Number.isSafeInteger(parsed.quantity) && Number.isSafeInteger(parsed.unitPrice)
            ? parsed.quantity * parsed.unitPrice
            : null;
        return (
          <fieldset
            key={line.key}
            className="grid gap-3 rounded-lg border border-surface-line p-3 sm:grid-cols-12"
            aria-label={`${t("items.name")} ${index + 1}`}
          >
            <TextField
              className="sm:col-span-4"
              label={t("items.name")}
              value={line.name}
              onChange={(e) => update(index, { name: e.target.value })}
              error={fieldError(`items.${index}.name`)}
            />
            <TextField
              className="sm:col-span-3"
              label={t("items.description")}
              value={line.description}
              onChange={(e) => update(index, { description: e.target.value })}
              error={fieldError(`items.${index}.description`)}
            />
            <TextField
              className="sm:col-span-1"
              label={t("items.quantity")}
              inputMode="numeric"
              value={line.quantity}
              onChange={(e) => update(index, { quantity: e.target.value })}
              error={fieldError(`items.${index}.quantity`)}
            />
            <TextField
              className="sm:col-span-2"
              label={t("items.unitPrice")}
              inputMode="numeric"
              value={line.unitPrice}
              onChange={(e) => update(index, { unitPrice: e.target.value })}
              error={fieldError(`items.${index}.unitPrice`)}
            />
            <div className="flex items-end justify-between gap-2 sm:col-span-2">
              <p className="pb-2 text-sm tabular-nums text-ink" aria-label={t("items.lineTotal")}>
                {lineTotal === null ? "—" : formatXof(lineTotal, locale)}
              </p>
              {lines.length > 1 ? (
                <Button
                  type="button"
                  variant="ghost"
                  aria-label={t("items.remove", { n: index + 1 })}
                  onClick={() => onChange(lines.filter((_, i) => i !== index))}
                >
                  ✕
                </Button>
              ) : null}
            </div>
          </fieldset>
        );
      })}
      {lines.length < MAX_ITEMS ? (
        <Button type="button" variant="secondary" onClick={() => onChange([...lines, emptyLine()])}>
          + {t("items.add")}
        </Button>
      ) : null}
    </div>
  );
}
