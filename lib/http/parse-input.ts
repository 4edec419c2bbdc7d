import type { z } from "zod";
import { AppError } from "./app-error";
import { declaredLength, readLimitedBody } from "./read-body";

export type FieldError = { path: string; message: string };

/**
 * What a field refused by a check without words of its own says: replaced at the edge by
 * `errors.invalidField` (lib/http/error-response.ts). Zod's own sentences ("Trop petit : chaîne de
 * caractères doit avoir >=12 caractères") are never shown to anyone: the shared schemas word every
 * check a form can fail, this covers what only an API client can send (a wrong type, an extra value).
 */
export const UNWORDED_FIELD = "errors.invalidField";

/** Validates untrusted input with the schema the form also uses. Failure → 422 with each field's
 * path and its message (in the person's language when the schema was built with their translator). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: () => UNWORDED_FIELD });
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
export async function readJson(request: Request, limit = MAX_JSON_BODY): Promise<unknown> {
  const tooLarge = new AppError("payload_too_large", { limit });
  if ((declaredLength(request) ?? 0) > limit) throw tooLarge;
  const { bytes, truncated } = await readLimitedBody(request, limit);
  if (truncated) throw tooLarge;
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new AppError("bad_request");
  }
}
