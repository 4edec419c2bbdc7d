"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { formatPhone } from "@/lib/phone";

type Props = {
  payerPhone: string | null;
  usePayer: boolean;
  onUsePayer: (value: boolean) => void;
  phone: string;
  phoneConfirm: string;
  onPhone: (value: string) => void;
  onPhoneConfirm: (value: string) => void;
  errors: Record<string, string | undefined>;
};

/** The paying customer's verified number, or another number typed twice. */
export function RecipientFields({
  payerPhone,
  usePayer,
  onUsePayer,
  phone,
  phoneConfirm,
  onPhone,
  onPhoneConfirm,
  errors,
}: Props) {
  const t = useTranslations("payouts.form");
  const radio = "mt-0.5 h-4 w-4 accent-brand-700";
  return (
    <fieldset className="space-y-3">
      <legend className="mb-1 text-sm font-medium text-ink">{t("recipient")}</legend>
      {payerPhone ? (
        <>
          <label className="flex items-start gap-2 text-sm text-ink">
            <input
              type="radio"
              name="recipientChoice"
              className={radio}
              checked={usePayer}
              onChange={() => onUsePayer(true)}
            />
            <span>
              {t("payerNumber", { phone: formatPhone(payerPhone) })}
              <span className="block text-xs text-ink-muted">{t("payerNumberHint")}</span>
            </span>
          </label>
          <label className="flex items-start gap-2 text-sm text-ink">
            <input
              type="radio"
              name="recipientChoice"
              className={radio}
              checked={!usePayer}
              onChange={() => onUsePayer(false)}
            />
            <span>
              {t("otherNumber")}
              <span className="block text-xs text-ink-muted">{t("otherNumberHint")}</span>
            </span>
          </label>
        </>
      ) : null}
      {!payerPhone || !usePayer ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField
            label={t("phone")}
            name="phone"
            inputMode="tel"
            autoComplete="off"
            value={phone}
            onChange={(e) => onPhone(e.target.value)}
            hint={t("phoneHint")}
            error={errors["recipient.phone"]}
          />
          <TextField
            label={t("phoneConfirm")}
            name="phoneConfirm"
            inputMode="tel"
            autoComplete="off"
            value={phoneConfirm}
            onChange={(e) => onPhoneConfirm(e.target.value)}
            onPaste={(e) => e.preventDefault()}
            error={errors["recipient.phoneConfirm"]}
          />
        </div>
      ) : null}
    </fieldset>
  );
}
