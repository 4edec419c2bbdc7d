import { z } from "zod";
import type { Translate } from "@/lib/i18n/schema-text";

/** A six-digit TOTP code or a recovery code, as typed (spaces and dashes allowed). */
export function codeSchema(t: Translate) {
  return z.object({
    code: z
      .string(t("auth.twoFactor.errors.code"))
      .trim()
      .min(6, t("auth.twoFactor.errors.code"))
      .max(20, t("auth.twoFactor.errors.code")),
  });
}
