// use-intl's core (no React): the verifier process runs under the react-server condition, where
// next-intl's React entry cannot load.
import { createTranslator } from "use-intl/core";
import type { Locale } from "./config";
import { loadMessages } from "./messages";
import type { Translator } from "@/lib/i18n/error-text";

/**
 * A translator over every namespace of one language, outside a request (scripts, jobs, tests).
 * Inside a request, next-intl's `getTranslations` is the same thing.
 */
export async function translatorFor(locale: Locale): Promise<Translator> {
  return createTranslator({ locale, messages: await loadMessages(locale) }) as unknown as Translator;
}
