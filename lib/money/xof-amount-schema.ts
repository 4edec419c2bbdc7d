import { z } from "zod";
import { parseXofInput, type XofInputError, type XofInputResult } from "./xof-amount";

/**
 * A zod field for an amount: a number from an API client, or the text a person typed, read by
 * parseXofInput. Each refusal carries `message(reason)`, the caller's words for that reason
 * (without it, the route's generic words: lib/http/parse-input.ts).
 */
export function xofAmountSchema(message?: (reason: XofInputError) => string) {
  const words = (reason: XofInputError) => (message ? { message: message(reason) } : {});
  return z.union([z.number(), z.string()], words("invalid")).transform((value, ctx) => {
    const parsed = typeof value === "number" ? fromNumber(value) : parseXofInput(value);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", ...words(parsed.reason) });
    return z.NEVER;
  });
}

function fromNumber(value: number): XofInputResult {
  if (Number.isNaN(value)) return { ok: false, reason: "invalid" };
  if (value < 0) return { ok: false, reason: "negative" };
  if (!Number.isInteger(value)) return { ok: false, reason: "decimal" };
  if (!Number.isSafeInteger(value)) return { ok: false, reason: "too_large" };
  return { ok: true, value };
}
