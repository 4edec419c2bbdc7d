import { locales, type Locale } from "@/i18n/config";
import { translatorFor } from "@/i18n/translator";
import { translatedError, type ErrorTranslators } from "@/lib/http/error-response";
import type { Translator } from "@/lib/i18n/error-text";

/** One translator per language, for tests that check the words a code turns into. */
export async function loadTranslators(): Promise<Record<Locale, Translator>> {
  const entries = await Promise.all(
    locales.map(async (locale) => [locale, await translatorFor(locale)] as const),
  );
  return Object.fromEntries(entries) as Record<Locale, Translator>;
}

/** The error translators of one language, as a request's error response uses them. */
export async function errorTranslators(locale: Locale): Promise<ErrorTranslators> {
  const all = await translatorFor(locale);
  const errors = Object.assign(
    (key: string, values?: Record<string, string | number>) => all(`errors.${key}`, values),
    {
      has: (key: string) => all.has(`errors.${key}`),
    },
  );
  return { errors, all, locale };
}

/** For `.catch(inLanguage("en"))`: rethrows a domain refusal with its words filled in, as a person reads it. */
export function inLanguage(locale: Locale): (error: unknown) => Promise<never> {
  return async (error) => {
    throw translatedError(error, await errorTranslators(locale));
  };
}
