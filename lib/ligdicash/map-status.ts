import {
  OPERATORS,
  detectOperator,
  findOperatorByLigdicashId,
  normalizePhone,
  type OperatorCode,
} from "@/lib/phone";
import type { CustomData } from "./custom-data";
import { isRecord } from "./custom-data";
import { statusResponseSchema, type StatusResponse } from "./schemas";

/**
 * Pure mappers from LigdiCash confirm answers (E5, E8, E9) to Caisse's domain shapes.
 * They throw (a ZodError) when the body is not a status answer; the client turns that into
 * GatewayInvalidResponseError.
 */

/** Gateway states (docs/ligdicash-contract.md §6): completed and notcompleted are final. */
export type GatewayStatus = "pending" | "completed" | "notcompleted";

export type PayinStatus = {
  status: GatewayStatus;
  /** Whole XOF; null when LigdiCash did not say (or said something that is not a whole number). */
  amount: number | null;
  operatorId: string | null;
  operatorName: string | null;
  /** From operator_id, else operator_name, else the payer number's prefix. */
  operator: OperatorCode | null;
  /** Normalised (`226…`) when it is a Burkina number, as sent otherwise; null while pending. */
  payerPhone: string | null;
  requestId: string | null;
  /** Our id, from custom_data (or the top-level transaction_id older answers carry). */
  transactionId: string | null;
  externalId: string | null;
  date: string | null;
  customData: CustomData;
  /** The status word as LigdiCash sent it when Caisse does not know it (`status` is then "pending"). */
  unknownStatus: string | null;
  raw: unknown;
};

export type PayoutStatus = {
  status: GatewayStatus;
  amount: number | null;
  operatorId: string | null;
  operatorName: string | null;
  operator: OperatorCode | null;
  transactionId: string | null;
  externalId: string | null;
  customData: CustomData;
  unknownStatus: string | null;
  raw: unknown;
};

/**
 * docs/ligdicash-contract.md §6: `completed` = paid, `pending` = wait, and the documented spellings of failure: `notcompleted`
 * (docs), `nocompleted` (JS/DART SDKs), `cancelled` (the Python SDK's status table). Any other
 * word is not a verdict (null): calling it a failure would free a payout's amount on a word
 * nobody documented, so the transaction stays pending and is asked again.
 */
const KNOWN_STATUSES: Readonly<Record<string, GatewayStatus>> = {
  pending: "pending",
  completed: "completed",
  notcompleted: "notcompleted",
  nocompleted: "notcompleted",
  cancelled: "notcompleted",
};

export function normalizeGatewayStatus(status: string): GatewayStatus | null {
  const value = status.trim().toLowerCase();
  return Object.hasOwn(KNOWN_STATUSES, value) ? (KNOWN_STATUSES[value] ?? null) : null;
}

/** The state to act on, and the word itself when it is not one Caisse knows. */
function readStatusWord(word: string): { status: GatewayStatus; unknownStatus: string | null } {
  const known = normalizeGatewayStatus(word);
  return known ? { status: known, unknownStatus: null } : { status: "pending", unknownStatus: word.trim() };
}

export function mapPayinStatus(body: unknown): PayinStatus {
  const parsed = statusResponseSchema.parse(body);
  const payerPhone = readPayerPhone(parsed);
  return {
    ...readStatusWord(parsed.status),
    amount: parsed.amount ?? parsed.montant,
    operatorId: parsed.operator_id,
    operatorName: parsed.operator_name,
    operator: findOperatorCode(parsed.operator_id, parsed.operator_name, payerPhone),
    payerPhone,
    requestId: parsed.request_id,
    transactionId: readTransactionId(parsed),
    externalId: parsed.external_id,
    date: parsed.date,
    customData: parsed.custom_data,
    raw: body,
  };
}

export function mapPayoutStatus(body: unknown): PayoutStatus {
  const parsed = statusResponseSchema.parse(body);
  return {
    ...readStatusWord(parsed.status),
    amount: parsed.amount ?? parsed.montant,
    operatorId: parsed.operator_id,
    operatorName: parsed.operator_name,
    operator: findOperatorCode(parsed.operator_id, parsed.operator_name, null),
    transactionId: readTransactionId(parsed),
    externalId: parsed.external_id,
    customData: parsed.custom_data,
    raw: body,
  };
}

/**
 * Our id: custom_data.transaction_id (payins, docs/ligdicash-contract.md §4.4); else the top-level transaction_id (older
 * confirms, payout answers and callbacks whose custom_data is `[]`, docs/ligdicash-contract.md §7); else external_id, which
 * LigdiCash builds by joining with ";" the values of every custom_data key containing "id" (docs/ligdicash-contract.md §2.5)
 * — so it is only our id when it holds a single value.
 */
export function readTransactionId(
  parsed: Pick<StatusResponse, "custom_data" | "transaction_id" | "external_id">,
) {
  const single = parsed.external_id && !parsed.external_id.includes(";") ? parsed.external_id : null;
  return parsed.custom_data.transaction_id ?? parsed.transaction_id ?? single;
}

function readPayerPhone(parsed: StatusResponse): string | null {
  const details = isRecord(parsed.customer_details) ? parsed.customer_details : {};
  const phone =
    parsed.customer ?? (typeof details.phone === "string" && details.phone.trim() ? details.phone : null);
  if (phone === null) return null;
  const normalized = normalizePhone(phone);
  return normalized.ok ? normalized.value : phone;
}

/** By operator_id first; then by name (wallet payouts say "LigdiCash ORANGE BURKINA"); then by phone. */
export function findOperatorCode(
  operatorId: string | null,
  operatorName: string | null,
  phone: string | null,
): OperatorCode | null {
  const byId = findOperatorByLigdicashId(operatorId);
  if (byId) return byId.code;
  const name = operatorName?.toUpperCase();
  const byName = name
    ? OPERATORS.find(
        (operator) => operator.ligdicashOperatorName && name.includes(operator.ligdicashOperatorName),
      )
    : undefined;
  if (byName) return byName.code;
  return phone ? (detectOperator(phone)?.code ?? null) : null;
}
