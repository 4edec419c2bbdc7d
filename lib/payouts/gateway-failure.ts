import { AppError } from "@/lib/http/app-error";
import { LigdicashError } from "@/lib/ligdicash/ligdicash-error";

/** A call LigdiCash could not answer → 502/504, named by its gateway code (its words: gateway.errors.<code>). */
export function gatewayFailure(error: unknown): unknown {
  if (!(error instanceof LigdicashError)) return error;
  const timeout = error.code === "timeout";
  return new AppError(
    timeout ? "gateway_timeout" : "gateway_error",
    { gatewayCode: error.code },
    { key: `gateway.errors.${error.code}` },
  );
}
