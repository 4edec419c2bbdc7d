import { z } from "zod";
import type { Locale } from "@/i18n/config";
import { AppError } from "./app-error";

const errorMaps = { fr: z.locales.fr().localeError, en: z.locales.en().localeError } as const;

export type FieldError = { path: string; message: string };

/** Validates untrusted input with the schema the form also uses. Failure → 422 with each field's
 * path and a message in the person's language. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, locale: Locale): z.output<S> {
  const result = schema.safeParse(input, { error: errorMaps[locale] });
  if (result.success) return result.data;
  const fields: FieldError[] = result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
  throw new AppError("validation_failed", { fields });
}

/** The JSON body of a request, or a 400 when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new AppError("bad_request");
  }
}
