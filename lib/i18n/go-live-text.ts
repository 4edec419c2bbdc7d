import type { CheckResult } from "@/lib/go-live/types";
import { OPERATORS } from "@/lib/phone/operators";
import { gatewayErrorText, type Translator } from "./error-text";

/** One go-live check in words: the page and the start-up log read it the same way. */
export type GoLiveText = { title: string; text: string; notes: string[]; fix: string | null };

const operatorName = (code: string) => OPERATORS.find((operator) => operator.code === code)?.name ?? code;

/** The operators a balances finding is about: those at zero for `empty`, below zero for `negative`. */
function concernedOperators(result: CheckResult): string {
  const concerned = (result.balances ?? []).filter((line) =>
    result.code === "negative" ? BigInt(line.balance) < 0n : BigInt(line.balance) === 0n,
  );
  return concerned.map((line) => operatorName(line.operator)).join(", ");
}

/**
 * The words of a check result, from `goLive.checks.<id>.<code>` (or `goLive.common.<code>` for a
 * finding any check can have), with its values filled in: LigdiCash error codes and operator codes
 * become their names, the time is formatted by the caller for the reader.
 */
export function describeGoLiveCheck(
  t: Translator,
  result: CheckResult,
  formatAt: (iso: string) => string,
): GoLiveText {
  const base = `goLive.checks.${result.id}`;
  /** A finding's words: the check's own, or the words any check shares; `part` picks fix or note. */
  const keyOf = (code: string, part: "" | "fix." | "notes." = ""): string | null => {
    const own = `${base}.${part}${code}`;
    const common = `goLive.common.${part}${code}`;
    if (t.has(own)) return own;
    if (t.has(common)) return common;
    return part === "notes." ? keyOf(code) : null;
  };
  const values: Record<string, string> = {
    ...result.values,
    at: result.at ? formatAt(result.at) : "",
    error: result.errorCode ? gatewayErrorText(t, result.errorCode) : "",
    operators: concernedOperators(result),
  };
  const say = (key: string | null) => (key ? t(key, values) : null);
  // A further finding reads as a sequel when it has words of its own (`notes.<code>`).
  const notes = (result.notes ?? [])
    .map((code) => say(keyOf(code, "notes.")))
    .filter((text) => text !== null);
  // Whatever is wrong with the public address, the callback URL it gives is shown.
  if (result.id === "public_url" && result.status !== "ok" && result.values?.callbackUrl)
    notes.push(t(`${base}.callbackUrl`, values));
  return {
    title: t(`${base}.title`),
    text: say(keyOf(result.code)) ?? result.code,
    notes,
    fix: say(keyOf(result.code, "fix.")),
  };
}
