import { z } from "zod";
import type { Locale } from "@/i18n/config";
import { AppError } from "./app-error";
import { declaredLength, readLimitedBody } from "./read-body";

const errorMaps = { fr: z.locales.fr().localeError, en: z.locales.en().localeError } as const;

export type FieldError = { path: string; message: string };

/** Validates untrusted input with the schema the form also uses. Failure → 422 with each field's
 * path and a message in the person's language. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const result = schema.safeParse(input, { error: errorMaps[locale] });
  if (result.success) return result.data;
  const fields: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.join("."),
    message: issue.message,
  }));
  throw new AppError("validation_failed", { fields });
}

/** The staff UI's largest body (an invoice of 50 items) is ~40 KB; no JSON route needs more. */
export const MAX_JSON_BODY = 128 * 1024;

/** The JSON body of a request: a 413 past MAX_JSON_BODY (never read further), a 400 when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const tooLarge = new AppError("payload_too_large", { limit: MAX_JSON_BODY });
  if ((declaredLength(request) ?? 0) > MAX_JSON_BODY) throw tooLarge;
  const { bytes, truncated } = await readLimitedBody(request, MAX_JSON_BODY);
  if (truncated) throw tooLarge;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new AppError("bad_request");
  }
}
