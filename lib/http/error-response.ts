import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import { defaultLocale, type Locale } from "@/i18n/config";
import { currentLocale } from "@/lib/i18n/current-locale";
import { describeErrorText, type Translator } from "@/lib/i18n/error-text";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "./app-error";
import { UNWORDED_FIELD, type FieldError } from "./parse-input";

export type WireError = { code: string; message: string; details?: Record<string, unknown> };

/** `errors.<code>` and the whole catalogue, in one language. */
export type ErrorTranslators = { errors: Translator; all: Translator; locale: Locale };

const minutesOf = (error: AppError) =>
  typeof error.details?.retryAfterSeconds === "number" ? Math.ceil(error.details.retryAfterSeconds / 60) : 0;

/**
 * The wire form of an AppError: the generic message of its code and, when domain code named the
 * specific refusal (`error.text`), its words in `details.fields[0]` for the form or the banner.
 */
export function describeError(error: AppError, { errors, all, locale }: ErrorTranslators): WireError {
  const message = errors(error.code, { minutes: minutesOf(error), requestId: "" });
  if (!error.text) return { code: error.code, message, details: wordFields(error.details, errors) };
  const text = describeErrorText(all, error.text, locale) ?? message;
  return {
    code: error.code,
    message,
    details: { ...error.details, fields: [{ path: error.text.field ?? "", message: text }] },
  };
}

/** A field refused without words of its own (parse-input.ts) reads as the generic sentence. */
function wordFields(details: Record<string, unknown> | undefined, errors: Translator) {
  if (!details || !Array.isArray(details.fields)) return details;
  const fields = (details.fields as FieldError[]).map((field) =>
    field.message === UNWORDED_FIELD ? { ...field, message: errors("invalidField") } : field,
  );
  return { ...details, fields };
}

/** The same error with its words filled in, for a job or a test that shows a refusal outside a request. */
export function translatedError(error: unknown, translators: ErrorTranslators): unknown {
  if (!(error instanceof AppError) || !error.text) return error;
  return new AppError(error.code, describeError(error, translators).details);
}

/** Who the answer is for: the request's language (asked of next-intl when unknown) and its id. */
export type Audience = { locale?: Locale; requestId?: string };

/** The one wire shape of every error: `{ "error": { "code", "message", "details"? } }`. */
export async function errorResponse(error: unknown, audience: Audience = {}): Promise<Response> {
  const { locale } = audience;
  const errors = (await (locale
    ? getTranslations({ locale, namespace: "errors" })
    : getTranslations("errors"))) as unknown as Translator;
  if (error instanceof AppError) {
    // The rest of the catalogue is loaded only for a named refusal; a bare code needs `errors` alone.
    const textLocale = error.text ? (locale ?? (await currentLocale())) : (locale ?? defaultLocale);
    const all = error.text
      ? ((await getTranslations({ locale: textLocale })) as unknown as Translator)
      : errors;
    const body = describeError(error, { errors, all, locale: textLocale });
    const retryAfter = error.details?.retryAfterSeconds;
    const headers =
      typeof retryAfter === "number"
        ? { "Retry-After": String(Math.max(1, Math.ceil(retryAfter))) }
        : undefined;
    return NextResponse.json({ error: body }, { status: error.status, headers });
  }
  if (isUniqueViolation(error)) {
    return NextResponse.json({ error: { code: "conflict", message: errors("conflict") } }, { status: 409 });
  }
  const requestId = audience.requestId ?? randomUUID();
  console.error(`[caisse] request ${requestId} failed`, error);
  return NextResponse.json(
    { error: { code: "internal", message: errors("internal", { requestId }), details: { requestId } } },
    { status: 500 },
  );
}
