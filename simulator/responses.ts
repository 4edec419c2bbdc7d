// LigdiCash's response envelope (docs/ligdicash-contract.md §2.3) and the per-endpoint `wiki` URLs.

/** Endpoint ids as numbered in the contract's inventory (docs/ligdicash-contract.md §3). */
// E3/E4 (the v02 LigdiCash-wallet payin) are not implemented.
export type EndpointId = "E1" | "E2" | "E5" | "E6" | "E7" | "E8" | "E9";
export const ENDPOINT_IDS: readonly EndpointId[] = ["E1", "E2", "E5", "E6", "E7", "E8", "E9"];

const WIKI_BASE = "https://client.ligdicash.com/wiki/";

/**
 * `wiki` per endpoint (DOCS /en/errors/wiki-field). withdrawal/confirm is a conflict (the table
 * says confirmInvoice, the endpoint reference example shows createStraightWithdrawal); we follow
 * the reference example for both payout status paths.
 */
export const WIKI: Readonly<Record<EndpointId, string>> = {
  E1: `${WIKI_BASE}createInvoice`,
  E2: `${WIKI_BASE}createInvoice`,
  E5: `${WIKI_BASE}confirmInvoice`,
  E6: `${WIKI_BASE}createWithdrawal`,
  E7: `${WIKI_BASE}createStraightWithdrawal`,
  E8: `${WIKI_BASE}createStraightWithdrawal`,
  E9: `${WIKI_BASE}createStraightWithdrawal`,
};

export type JsonBody = Record<string, unknown>;

/** What an endpoint handler returns; the router serialises it. */
export type ApiResult = { status: number; body: JsonBody };

/** The processing message of a direct payin (docs/ligdicash-contract.md §4.2). */
export const PROCESSING_MESSAGE = "Votre requête est en cours de traitement";

/**
 * A refusal: HTTP 200 (inferred, docs/ligdicash-contract.md §2.3), `"01"`, `token ""`, `Echec (CodeXX)`, `description ""`.
 * Client payouts also carry `custom_data: []` (docs/ligdicash-contract.md §11, E6 error example; the docs say "always []").
 */
export function failure(endpoint: EndpointId, subCode: string): ApiResult {
  const body: JsonBody = {
    response_code: "01",
    token: "",
    response_text: `Echec (Code${subCode})`,
    description: "",
  };
  if (endpoint === "E6") body.custom_data = [];
  body.wiki = WIKI[endpoint];
  return { status: 200, body };
}

/** A creation success (docs/ligdicash-contract.md §10.4): `"00"`, the new token, the endpoint's response_text and custom_data. */
export function created(
  endpoint: EndpointId,
  token: string,
  responseText: string,
  customData: [] | "",
): ApiResult {
  return {
    status: 200,
    body: {
      response_code: "00",
      token,
      response_text: responseText,
      description: "",
      custom_data: customData,
      wiki: WIKI[endpoint],
    },
  };
}

/** Sub-codes used by the simulator, by feature (docs/ligdicash-contract.md §5 tables). */
export const CODES = {
  payin: {
    auth: "00",
    disabled: "01",
    amount: "02",
    ipDenied: "03",
    noNetwork: "07",
    dataInput: "08",
    invalidMethod: "12",
    wrongOtp: "15",
    expiredOtp: "16",
  },
  status: { auth: "00", disabled: "01", notFound: "02", dataInput: "04" },
  clientPayout: {
    auth: "00",
    disabled: "01",
    customerUnknown: "02",
    noMerchantAccount: "03",
    balanceLow: "04",
    amount: "05",
    ipDenied: "06",
    duplicate: "07",
    dataInput: "09",
  },
  merchantPayout: {
    auth: "00",
    disabled: "01",
    amount: "02",
    noMerchantAccount: "03",
    operatorUnknown: "05",
    balanceLow: "08",
    // The merchant-payout table has no DataInputError: a malformed body gets `10` (ApiError).
    dataInput: "10",
    // IP denied: SDK table says 14, DOCS /errors/common-errors says 06 (docs/ligdicash-contract.md §5.4 conflict):
    // the merchant switch `merchantPayoutIpDeniedCode` picks one (default 14).
  },
} as const;
