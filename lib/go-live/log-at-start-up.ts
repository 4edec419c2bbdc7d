import "server-only";
import type { Locale } from "@/i18n/config";
import { db } from "@/lib/db";
import type { Translator } from "@/lib/i18n/error-text";
import { runGoLiveCheckFromEnv } from "./run-from-env";
import { goLiveSummaryLines } from "./summary-lines";

/**
 * Prints the go-live check once when the app starts. Never throws and never holds start-up: the
 * caller does not wait for it, the LigdiCash queries have a 5 s timeout and the database reads 8 s
 * (run-go-live-check.ts), and any failure is one log line.
 */
export async function logGoLiveCheck(
  loadTranslators: () => Promise<Record<Locale, Translator>>,
  log: (line: string) => void = console.log,
): Promise<void> {
  try {
    const [results, translators] = await Promise.all([runGoLiveCheckFromEnv(db()), loadTranslators()]);
    log(goLiveSummaryLines(results, translators).join("\n"));
  } catch (error) {
    log(
      `[caisse] go-live check not run at start-up: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
