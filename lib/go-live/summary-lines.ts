import type { Locale } from "@/i18n/config";
import type { Translator } from "@/lib/i18n/error-text";
import { describeGoLiveCheck } from "@/lib/i18n/go-live-text";
import type { CheckResult, CheckStatus } from "./types";

const MARKS: Record<CheckStatus, string> = { ok: "✓", warn: "!", fail: "✕", unknown: "?" };

/**
 * The go-live check as a few log lines: one per check in French, its English under it, and where
 * to read the details. Fits one screen (about 24 lines).
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
    lines.push(`      ${french.text}`);
    lines.push(`      ${english.text}`);
  }
  lines.push(`  ${fr("goLive.log.footer")} / ${en("goLive.log.footer")}`);
  return lines;
}
