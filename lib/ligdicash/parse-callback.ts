import type { OperatorCode } from "@/lib/phone";
import { isRecord, readCustomData, scalarToString, type CustomData } from "./custom-data";
import {
  findOperatorCode,
  normalizeGatewayStatus,
  readTransactionId,
  type GatewayStatus,
} from "./map-status";
import { amountField } from "./schemas";

/**
 * Reads a LigdiCash callback delivery (docs/ligdicash-contract.md §7) into what it *claims*. Nothing here is
 * trusted: callbacks are unsigned, so the callbacks code uses `transactionId` only to find our
 * row and its stored creation token, then asks LigdiCash (confirm) for the truth. Pure.
 *
 * Each event arrives twice: JSON, and form-encoded with custom_data as a JSON string. The form
 * copy is read flat: LigdiCash nests nothing in it beyond that JSON string.
 */

export type CallbackClaim = {
  format: "json" | "form";
  /** payin: confirm-like fields (request_id, customer_details…); payout: `url`/`url_method` fields. */
  kindHint: "payin" | "payout" | null;
  transactionId: string | null;
  claimedStatus: GatewayStatus | null;
  claimedAmount: number | null;
  requestId: string | null;
  /** The callback's own token: differs from the creation token — never use it to look anything up. */
  callbackToken: string | null;
  operatorId: string | null;
  operatorName: string | null;
  operator: OperatorCode | null;
  customer: string | null;
  customData: CustomData;
  fields: Record<string, unknown>;
};

export type CallbackParseResult =
  { ok: true; claim: CallbackClaim } | { ok: false; reason: "empty" | "invalid_json" | "not_an_object" };

export function parseCallbackBody(rawBody: string, contentType?: string | null): CallbackParseResult {
  const body = rawBody.trim();
  if (body === "") return { ok: false, reason: "empty" };
  const format = detectFormat(body, contentType);
  let fields: Record<string, unknown>;
  if (format === "json") {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { ok: false, reason: "invalid_json" };
    }
    if (!isRecord(parsed)) return { ok: false, reason: "not_an_object" };
    fields = parsed;
  } else {
    fields = decodeForm(body);
  }
  return { ok: true, claim: readClaim(fields, format) };
}

function detectFormat(body: string, contentType?: string | null): "json" | "form" {
  const type = contentType?.toLowerCase() ?? "";
  if (type.includes("json")) return "json";
  if (type.includes("x-www-form-urlencoded")) return "form";
  return body.startsWith("{") ? "json" : "form";
}

function readClaim(fields: Record<string, unknown>, format: "json" | "form"): CallbackClaim {
  const text = (key: string) => scalarToString(fields[key])?.trim() || null;
  const customData = readCustomData(fields.custom_data);
  const operatorId = text("operator_id");
  const operatorName = text("operator_name");
  const customer = text("customer");
  const status = text("status");
  return {
    format,
    kindHint: detectKind(fields, operatorName),
    transactionId: readTransactionId({
      custom_data: customData,
      transaction_id: text("transaction_id"),
      external_id: text("external_id"),
    }),
    claimedStatus: status ? normalizeGatewayStatus(status) : null,
    claimedAmount: amountField.parse(fields.amount) ?? amountField.parse(fields.montant),
    requestId: text("request_id"),
    callbackToken: text("token"),
    operatorId,
    operatorName,
    operator: findOperatorCode(operatorId, operatorName, customer),
    customer,
    customData,
    fields,
  };
}

function detectKind(fields: Record<string, unknown>, operatorName: string | null): CallbackClaim["kindHint"] {
  // docs/ligdicash-contract.md §7: only payout callbacks echo the callback `url`/`url_method` and prefix wallet operators.
  if ("url_method" in fields || "url" in fields) return "payout";
  if (operatorName?.toUpperCase().startsWith("LIGDICASH ")) return "payout";
  const wiki = scalarToString(fields.wiki) ?? "";
  if ("request_id" in fields || "customer_details" in fields || "oreference" in fields) return "payin";
  if (wiki.includes("confirmInvoice")) return "payin";
  return null;
}

/** LigdiCash's form copy has about twenty fields; reading more would only be work for a sender of noise. */
const MAX_FORM_FIELDS = 100;
/** Form values that carry JSON in LigdiCash's form copy (docs/ligdicash-contract.md §7); every other value stays a string. */
const JSON_FORM_FIELDS = new Set(["custom_data", "customer_details"]);
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** Form body → flat object. Keys are taken literally (`a[b]` is the key "a[b]"): nesting is never
 * built from attacker-chosen keys, so the work is one pass over the body, whatever its shape. */
function decodeForm(body: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  let count = 0;
  for (const [key, value] of new URLSearchParams(body)) {
    if (++count > MAX_FORM_FIELDS) break;
    if (RESERVED_KEYS.has(key)) continue;
    fields[key] = JSON_FORM_FIELDS.has(key) ? decodeJsonValue(value) : value;
  }
  return fields;
}

function decodeJsonValue(value: string): unknown {
  const trimmed = value.trim();
  if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) return value;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return value;
  }
}
