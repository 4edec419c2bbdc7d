import type { SimContext } from "../context";
import { payinStatusBody, payoutStatusBody } from "../payloads";
import { CODES, failure, type ApiResult, type EndpointId, type JsonBody } from "../responses";
import { isPayin, type Transaction } from "../state";
import { isRecord } from "../validation";
import type { ApiRequest } from "./types";

// Status endpoints. Sub-codes from the confirmInvoice table, which the SDKs reuse for payouts
// (docs/ligdicash-contract.md §5.2): service not activated → Code01 (before the token is looked at, as the merchant switches
// come before the body on creations), unknown token → Code02, no token at all → Code04.

/** First non-empty value among the accepted parameter names, in the query or a JSON body. */
function readToken(request: ApiRequest, names: readonly string[]): string {
  for (const name of names) {
    const fromQuery = request.query.get(name);
    if (fromQuery) return fromQuery;
    const fromBody = isRecord(request.body) ? request.body[name] : undefined;
    if (typeof fromBody === "string" && fromBody) return fromBody;
  }
  return "";
}

/**
 * E5 `redirect/checkout-invoice/confirm/`: `invoiceToken` (SDKs, old docs) or `token` (new
 * reference pages) — docs/ligdicash-contract.md §4.5 conflict, both accepted. Answers hosted and direct payins.
 */
export function confirmPayin(sim: SimContext, request: ApiRequest): ApiResult {
  if (!sim.settings.merchant.payinEnabled) return failure("E5", CODES.status.disabled);
  const token = readToken(request, ["invoiceToken", "token"]);
  if (!token) return failure("E5", CODES.status.dataInput);
  const tx = sim.store.get(token);
  if (!tx || !isPayin(tx.kind)) return failure("E5", CODES.status.notFound);
  return { status: 200, body: shapeAnswer(sim, tx, payinStatusBody(tx)) };
}

/**
 * E8 `withdrawal/confirm/?withdrawalToken=` and E9 `straight/payout/confirm/?payoutToken=`. The
 * SDKs use E8 for client and E9 for merchant payouts; the new docs use E8 for both (docs/ligdicash-contract.md §4.8
 * conflict): both paths answer for both kinds. GET and POST are accepted (docs table says POST).
 */
export function confirmPayout(sim: SimContext, request: ApiRequest): ApiResult {
  const endpoint: EndpointId = request.endpoint;
  // docs/ligdicash-contract.md §5.2 "merchant not activated": on a payout query, the payout switch (Caisse's reading, docs/ligdicash-contract.md §5.2).
  if (!sim.settings.merchant.payoutEnabled) return failure(endpoint, CODES.status.disabled);
  const token = readToken(request, endpoint === "E8" ? ["withdrawalToken"] : ["payoutToken"]);
  if (!token) return failure(endpoint, CODES.status.dataInput);
  const tx = sim.store.get(token);
  if (!tx || isPayin(tx.kind)) return failure(endpoint, CODES.status.notFound);
  return { status: 200, body: shapeAnswer(sim, tx, payoutStatusBody(tx, endpoint)) };
}

// The payout status fields the docs list (DOCS /reference/endpoints/withdrawal-confirm, docs/ligdicash-contract.md §4.8).
const DOCUMENTED_PAYOUT_FIELDS = [
  "response_code",
  "token",
  "response_text",
  "description",
  "custom_data",
  "status",
  "operator_id",
  "operator_name",
  "wiki",
];

/** Applies the test's `setStatusAnswer` for this transaction, if any (settings.ts StatusAnswer). */
function shapeAnswer(sim: SimContext, tx: Transaction, body: JsonBody): JsonBody {
  const answer = sim.settings.statusAnswers[tx.token];
  if (!answer) return body;
  const shaped: JsonBody = { ...body, ...(answer.status ? { status: answer.status } : {}) };
  if (!answer.minimal) return shaped;
  if (!isPayin(tx.kind)) return Object.fromEntries(DOCUMENTED_PAYOUT_FIELDS.map((key) => [key, shaped[key]]));
  const { amount: _amount, montant: _montant, ...withoutAmount } = shaped;
  return withoutAmount;
}
