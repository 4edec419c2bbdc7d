import { OPERATORS, type OperatorKey } from "./operators";
import { WIKI, type EndpointId, type JsonBody } from "./responses";
import type { Transaction, TxStatus } from "./state";
import { formatLigdiDate } from "./tokens";

// Bodies LigdiCash sends back about an existing transaction: status answers (E5, E8/E9) and
// callbacks. Both are built from the stored transaction, so they always agree with each other.

/** What a body states about the payment; a forged callback states something else than the truth. */
export type Claim = { status: TxStatus; operator: OperatorKey | null; payer: string | null };

export const truthOf = (tx: Transaction): Claim => ({
  status: tx.status,
  operator: tx.operator,
  payer: tx.payer,
});

function customerDetails(tx: Transaction, claim: Claim) {
  const { firstname, lastname, email } = tx.customerDetails;
  return { firstname, lastname, email, phone: claim.payer ?? tx.requestedCustomer, details: "" };
}

/**
 * E5 answer (docs/ligdicash-contract.md §4.5 table + `transaction_id`, docs/ligdicash-contract.md §11 example). Payin amounts are integers; a
 * pending payin has `operator_id ""`, `operator_name ""`, `customer null`: the operator is only
 * known once someone paid.
 */
export function payinStatusBody(tx: Transaction, claim: Claim = truthOf(tx)): JsonBody {
  const operator = claim.operator ? OPERATORS[claim.operator] : undefined;
  return {
    response_code: "00",
    status: claim.status,
    token: "",
    response_text: "",
    description: "",
    operator_id: operator ? String(operator.id) : "",
    operator_name: operator?.name ?? "",
    customer: claim.payer,
    montant: tx.amount,
    amount: tx.amount,
    date: formatLigdiDate(new Date(tx.createdAt)),
    external_id: tx.externalId,
    oreference: claim.status === "completed" ? tx.operatorReference : "",
    request_id: tx.requestId,
    transaction_id: tx.transactionId,
    custom_data: tx.customData,
    customer_details: customerDetails(tx, claim),
    wiki: WIKI.E5,
  };
}

/**
 * E8/E9 answer (docs/ligdicash-contract.md §4.8, §11). Payout amounts are strings. `amount`, `montant`, `external_id`,
 * `transaction_id`, `customer`, `date` and `request_id` are a superset for SDK compatibility
 * (inferred). `custom_data` is `[]` as in the docs.
 */
export function payoutStatusBody(tx: Transaction, endpoint: EndpointId): JsonBody {
  const operator = tx.operator ? OPERATORS[tx.operator] : undefined;
  return {
    response_code: "00",
    token: tx.token,
    response_text: "",
    description: "",
    custom_data: [],
    status: tx.status,
    operator_id: operator ? String(operator.id) : "",
    operator_name: operator?.name ?? "",
    amount: String(tx.amount),
    montant: String(tx.amount),
    customer: tx.payer,
    date: formatLigdiDate(new Date(tx.createdAt)),
    request_id: tx.requestId,
    external_id: tx.externalId,
    transaction_id: tx.transactionId,
    wiki: WIKI[endpoint],
  };
}

/**
 * Payin callback, JSON copy (DOCS /callback/payin-payload, docs/ligdicash-contract.md §7): essentially the confirm answer,
 * `token` "" (or a JWT when configured) and without `transaction_id`.
 */
export function payinCallbackPayload(tx: Transaction, claim: Claim, token: string): JsonBody {
  const status = payinStatusBody(tx, claim);
  return {
    date: status.date,
    wiki: WIKI.E5,
    token,
    amount: tx.amount,
    montant: tx.amount,
    status: claim.status,
    customer: status.customer,
    oreference: status.oreference,
    request_id: tx.requestId,
    custom_data: tx.customData,
    description: "",
    external_id: tx.externalId,
    operator_id: status.operator_id,
    operator_name: status.operator_name,
    response_code: "00",
    response_text: "",
    customer_details: status.customer_details,
  };
}

/**
 * Payout callback (DOCS /callback/payout-payload, docs/ligdicash-contract.md §7): a different JWT as token, `operator_id`
 * integer, `operator_name` prefixed "LigdiCash " for wallet payouts, amounts as strings, `url` =
 * the callback URL itself, `url_method` "".
 */
export function payoutCallbackPayload(tx: Transaction, claim: Claim, token: string): JsonBody {
  const operator = tx.operator ? OPERATORS[tx.operator] : undefined;
  const operatorName = operator ? operator.name : "";
  return {
    response_code: "00",
    token,
    response_text: "",
    status: claim.status,
    custom_data: [],
    operator_id: operator ? operator.id : 0,
    operator_name: tx.kind === "payout_client" && operatorName ? `LigdiCash ${operatorName}` : operatorName,
    url: tx.callbackUrl,
    url_method: "",
    transaction_id: tx.transactionId,
    external_id: tx.externalId,
    montant: String(tx.amount),
    amount: String(tx.amount),
  };
}

/**
 * The form-encoded copy: same keys; objects and arrays (`custom_data`, `customer_details`) as JSON
 * strings (docs/ligdicash-contract.md §7: documented for custom_data, inferred for customer_details); null as "".
 */
export function toFormBody(payload: JsonBody): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(payload)) {
    if (value === null || value === undefined) form.append(key, "");
    else if (typeof value === "object") form.append(key, JSON.stringify(value));
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a scalar: objects were JSON above
    else form.append(key, String(value));
  }
  return form.toString();
}
