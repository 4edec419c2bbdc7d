import { z } from "zod";
import { xofAmountSchema } from "@/lib/money/xof-amount-schema";
import { blankToUndefined, calendarDaySchema } from "@/lib/search/day-range";

export const TRANSACTION_TYPES = ["payin", "refund", "payout"] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

import { INVOICE_DISPLAY_STATES } from "@/lib/invoices/display-state";
import { PAYOUT_STATUSES } from "@/lib/statuses";

export { INVOICE_DISPLAY_STATES, PAYOUT_STATUSES };
/** What the status filter offers: a payin's display state (lib/invoices/display-state.ts), then
 * each payout status. The two lists share no word, so each value names one thing. */
export const TRANSACTION_STATUSES = [...INVOICE_DISPLAY_STATES, ...PAYOUT_STATUSES] as [string, ...string[]];

export const TRANSACTION_OPERATORS = ["orange_bf", "moov_bf", "telecel_bf"] as const;
export const TRANSACTION_SORTS = ["date_desc", "date_asc", "amount_desc", "amount_asc"] as const;
export type TransactionSort = (typeof TRANSACTION_SORTS)[number];

const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

const day = calendarDaySchema();
/** Typed in the filter as staff type amounts anywhere ("20 000", "20 000 FCFA"): one reading, xof-amount.ts. */
const amount = xofAmountSchema().pipe(z.number().max(2_000_000_000));

/**
 * The filters of the transaction history, read from the URL: the list page, the list API and the
 * CSV export all parse the same query string with this schema, so an export holds exactly the view.
 */
export const transactionFiltersSchema = z
  .object({
    type: optional(z.enum(TRANSACTION_TYPES)),
    status: optional(z.enum(TRANSACTION_STATUSES)),
    operator: optional(z.enum(TRANSACTION_OPERATORS)),
    from: optional(day),
    to: optional(day),
    minAmount: optional(amount),
    maxAmount: optional(amount),
    phone: optional(z.string().trim().max(32)),
    q: optional(z.string().trim().max(120)),
    sort: z.preprocess(blankToUndefined, z.enum(TRANSACTION_SORTS).default("date_desc")),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "to < from" })
  .refine((f) => f.minAmount === undefined || f.maxAmount === undefined || f.minAmount <= f.maxAmount, {
    path: ["maxAmount"],
    message: "maxAmount < minAmount",
  });

export type TransactionFilters = z.output<typeof transactionFiltersSchema>;

export const FILTER_KEYS = [
  "type",
  "status",
  "operator",
  "from",
  "to",
  "minAmount",
  "maxAmount",
  "phone",
  "q",
  "sort",
] as const;

/** URLSearchParams / Next searchParams → a plain object for the schema (first value of each key). */
export function searchParamsToObject(
  params: URLSearchParams | Record<string, string | string[] | undefined>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === "string") out[key] = value;
  }
  return out;
}

/** Filters → the query string of a shareable view (defaults left out). */
export function filtersToSearchParams(filters: Partial<TransactionFilters>): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value === undefined || value === "" || (key === "sort" && value === "date_desc")) continue;
    params.set(key, String(value));
  }
  return params;
}

export const cursorSchema = z.string().max(200).optional();
export const exportFormatSchema = z.enum(["csv", "excel"]).default("csv");
export type ExportFormat = z.output<typeof exportFormatSchema>;
