"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";
import { checkMobileMoneyPhone } from "@/lib/phone";

type Props = {
  phone: string;
  otp: string;
  onPhone: (value: string) => void;
  onOtp: (value: string) => void;
  fieldError: (path: string) => string | undefined;
};

/** Number + OTP for a staff-assisted payin, with the operator detected as the number is typed. */
export function DirectPayerFields({ phone, otp, onPhone, onOtp, fieldError }: Props) {
  const t = useTranslations("invoices");
  const checked = phone.trim() ? checkMobileMoneyPhone(phone) : null;
  const supported = checked?.ok === true;
  const operator = checked?.ok || checked?.reason === "operator_not_supported" ? checked.operator : null;
  const phoneHint = !phone.trim()
    ? t("direct.phoneHint")
    : !operator
      ? t("direct.unknownOperator")
      : supported
        ? undefined // shown as the badge below
        : t("direct.unsupported", { operator: operator.name });

  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div>
        <TextField
          label={t("direct.phone")}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={phone}
          onChange={(e) => onPhone(e.target.value)}
          error={fieldError("payerPhone")}
          hint={phoneHint}
        />
        {operator && supported ? (
          <p
            data-testid="detected-operator"
            className="mt-2 inline-flex rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-800"
          >
            {t("direct.detected", { operator: operator.name })}
          </p>
        ) : null}
      </div>
      {operator?.validationMode === "ussd_otp" ? (
        <TextField
          label={t("direct.otp")}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={8}
          value={otp}
          onChange={(e) => onOtp(e.target.value)}
          error={fieldError("otp")}
          hint={t("direct.otpHint", { ussd: operator.ussdCode ?? "" })}
        />
      ) : operator?.validationMode === "push" ? (
        <p className="self-center rounded-lg bg-info-soft px-3 py-2 text-sm text-info">
          {t("direct.push", { operator: operator.name })}
        </p>
      ) : null}
    </div>
  );
}
