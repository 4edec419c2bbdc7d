import { z } from "zod";
import { readCustomData, scalarToString } from "./custom-data";

/**
 * Zod schemas for what LigdiCash sends back. Tolerant by design (docs/ligdicash-contract.md §4.5 "ignore unknown
 * fields and tolerate missing ones"): unknown keys pass through, optional fields that arrive with
 * an unexpected type read as null instead of failing the whole answer. Only what a decision
 * depends on is strict: `response_code`, a creation's `token`, a status's `status`. Pure.
 */

// `.optional()` first: zod 4 reports a missing key as an error for a transform of plain unknown.
const anyValue = z.unknown().optional();

/** `"00"` accepted, anything else refused (docs/ligdicash-contract.md §2.3). Numbers are tolerated: 1 → "01". */
const responseCode = z
  .union([z.string(), z.number().int().nonnegative()])
  .transform((value) => String(value).trim().padStart(2, "0"));

/** A text field that may be missing, null or a number. */
const text = anyValue.transform((value) => scalarToString(value) ?? "");

/** A text field where "" and missing both mean "nothing". */
const optionalText = anyValue.transform((value) => {
  const string = scalarToString(value)?.trim();
  return string ? string : null;
});

/**
 * Amounts: numbers in payin confirms, strings in payout confirms/callbacks, doubles from some
 * SDKs (`5000.0`). Whole XOF only: anything else reads as null ("amount unknown") rather than
 * a rounded figure.
 */
export const amountField = anyValue.transform((value) => {
  const string = scalarToString(value)?.trim();
  if (!string || !/^\d+(?:\.0+)?$/.test(string)) return null;
  const amount = Number(string);
  return Number.isSafeInteger(amount) ? amount : null;
});

export const customDataField = anyValue.transform(readCustomData);

/** Every answer: the envelope of docs/ligdicash-contract.md §2.3. */
export const envelopeSchema = z.looseObject({
  response_code: responseCode,
  response_text: text,
  token: text,
  description: text,
});

/** A creation answer, once the envelope said `"00"` (E1, E2, E6, E7): the token is what lets us ever check the outcome. */
export const creationResponseSchema = z.looseObject({
  token: z.string().trim().min(1),
  response_text: text,
  custom_data: customDataField,
});

/** A `"00"` confirm answer (E5, E8, E9, docs/ligdicash-contract.md §4.5, §4.8) — also the shape of callbacks (docs/ligdicash-contract.md §7). */
export const statusResponseSchema = z.looseObject({
  // Missing or empty status is not "anything else → failed": calling a payout failed when
  // LigdiCash said nothing could make staff send it again. It is an unreadable answer.
  status: z.string().trim().min(1),
  amount: amountField,
  montant: amountField,
  operator_id: optionalText,
  operator_name: optionalText,
  customer: optionalText,
  customer_details: anyValue,
  request_id: optionalText,
  transaction_id: optionalText,
  external_id: optionalText,
  date: optionalText,
  custom_data: customDataField,
});

export type StatusResponse = z.output<typeof statusResponseSchema>;
