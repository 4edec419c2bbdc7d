import { createTranslator } from "next-intl";
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
