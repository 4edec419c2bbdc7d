import type { Locale } from "@/i18n/config";
import type { Translator } from "@/lib/i18n/error-text";
import { describeGoLiveCheck } from "@/lib/i18n/go-live-text";
import type { CheckResult, CheckStatus } from "./types";

const MARKS: Record<CheckStatus, string> = { ok: "✓", warn: "!", fail: "✕", unknown: "?" };

/**
 * The go-live check as a few log lines: a check in order takes one line; any other its title, then
 * what was found in French and in English; then where to read the details. A ready server prints
 * a short block, and what needs doing stands out in it.
 */
export function goLiveSummaryLines(
  results: readonly CheckResult[],
  translators: Record<Locale, Translator>,
): string[] {
  const formatAt = (locale: Locale) => (iso: string) =>
    new Intl.DateTimeFormat(locale, {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "Africa/Ouagadougou",
    }).format(new Date(iso));
  const { fr, en } = translators;
  const lines = [`── ${fr("goLive.log.heading")} / ${en("goLive.log.heading")} ──`];
  for (const result of results) {
    const french = describeGoLiveCheck(fr, result, formatAt("fr"));
    const english = describeGoLiveCheck(en, result, formatAt("en"));
    const status = `${fr(`goLive.status.${result.status}`)} / ${en(`goLive.status.${result.status}`)}`;
    lines.push(`  ${MARKS[result.status]} ${french.title} — ${status}`);
    if (result.status === "ok") continue;
    lines.push(`      ${french.text}`);
    lines.push(`      ${english.text}`);
  }
  lines.push(`  ${fr("goLive.log.footer")} / ${en("goLive.log.footer")}`);
  return lines;
}
