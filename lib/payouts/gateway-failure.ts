import type { Locale } from "@/i18n/config";
import { AppError } from "@/lib/http/app-error";
import { gatewayErrorMessage } from "@/lib/ligdicash/error-messages";
import { LigdicashError } from "@/lib/ligdicash/ligdicash-error";

/** A status query LigdiCash could not answer → 502/504 with the actionable message of its code. */
export function gatewayFailure(error: unknown, locale: Locale): unknown {
  if (!(error instanceof LigdicashError)) return error;
  const timeout = error.code === "timeout";
  return new AppError(timeout ? "gateway_timeout" : "gateway_error", {
    gatewayCode: error.code,
    fields: [{ path: "", message: gatewayErrorMessage(error.code, locale) }],
  });
}
