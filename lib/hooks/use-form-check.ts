"use client";

import { useState } from "react";
import type { z } from "zod";

/** Field path ("recipient.phone", "items.0.unitPrice") → the first message for it. */
export type FieldErrors = Record<string, string>;

type Check<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Every issue of a failed parse, the first one per field: all errors at once, never one round at a time. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
}

/**
 * A form checked by its shared schema the way staff expect: nothing is flagged before the first
 * submit; from then on every render checks the current values, so every error shows at once and
 * goes away as soon as its field is right. `check` runs the schema on the values as they stand
 * (or returns null while the schema, loaded on first use to keep zod off the page's first load,
 * is not there yet).
 */
export function useFormCheck<T>(check: () => z.ZodSafeParseResult<T> | null) {
  const [submitted, setSubmitted] = useState(false);
  const result = submitted ? check() : null;
  const errors: FieldErrors = result && !result.success ? fieldErrorsOf(result.error) : {};
  return {
    errors,
    /** Marks the form submitted and answers the checked values, or the errors to show (`now`: the
     * check with a schema loaded during this very submit). */
    submit(now = check()): Check<T> | null {
      setSubmitted(true);
      if (!now) return null;
      return now.success ? { ok: true, value: now.data } : { ok: false, errors: fieldErrorsOf(now.error) };
    },
  };
}
