"use client";

import type { InputHTMLAttributes } from "react";
import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/text-field";

/** Where a person types a second-factor code: six digits, or a recovery code (letters too). */
export function CodeField(props: InputHTMLAttributes<HTMLInputElement> & { error?: string }) {
  const t = useTranslations("auth.twoFactor");
  return <TextField label={t("codeLabel")} autoComplete="one-time-code" maxLength={20} required {...props} />;
}
