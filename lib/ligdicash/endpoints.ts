import {
  CLIENT_PAYOUT_SUB_CODES,
  MERCHANT_PAYOUT_SUB_CODES,
  PAYIN_STATUS_SUB_CODES,
  PAYIN_SUB_CODES,
  PAYOUT_STATUS_SUB_CODES,
  type SubCodeTable,
} from "./error-codes";

/** Where LigdiCash posts its callbacks, payins and payouts: answered by the callback door
 * (lib/callbacks/callback-door.ts) under the start command, by app/api/ligdicash/callback/route.ts otherwise. */
export const CALLBACK_PATH = "/api/ligdicash/callback";

/**
 * The LigdiCash endpoints Caisse calls (docs/ligdicash-contract.md §3), relative to LIGDICASH_BASE_URL
 * (`…/pay/v01/`). `creation` marks the calls that may move money: they are never retried, and a
 * lost answer leaves their outcome unknown.
 */
export type EndpointSpec = {
  path: string;
  method: "GET" | "POST";
  creation: boolean;
  subCodes: SubCodeTable;
  /** Query parameter carrying the creation token (status endpoints). */
  tokenParam?: string;
};

export const ENDPOINTS = {
  /** E1 */
  hostedPayin: {
    path: "redirect/checkout-invoice/create",
    method: "POST",
    creation: true,
    subCodes: PAYIN_SUB_CODES,
  },
  /** E2 */
  directPayin: {
    path: "straight/checkout-invoice/create",
    method: "POST",
    creation: true,
    subCodes: PAYIN_SUB_CODES,
  },
  /**
   * E5. Conflict docs/ligdicash-contract.md §4.5: `invoiceToken` (SDKs, old docs, most pages) vs `token` (some new pages).
   * We send `invoiceToken` with the SDKs' trailing slash, as the contract recommends.
   */
  payinStatus: {
    path: "redirect/checkout-invoice/confirm/",
    method: "GET",
    creation: false,
    subCodes: PAYIN_STATUS_SUB_CODES,
    tokenParam: "invoiceToken",
  },
  /** E6 */
  clientPayout: {
    path: "withdrawal/create",
    method: "POST",
    creation: true,
    subCodes: CLIENT_PAYOUT_SUB_CODES,
  },
  /** E7 */
  merchantPayout: {
    path: "straight/payout",
    method: "POST",
    creation: true,
    subCodes: MERCHANT_PAYOUT_SUB_CODES,
  },
  /** E8. GET, although the docs' wiki table says POST (docs/ligdicash-contract.md §4.8: the reference page and SDKs use GET). */
  clientPayoutStatus: {
    path: "withdrawal/confirm/",
    method: "GET",
    creation: false,
    subCodes: PAYOUT_STATUS_SUB_CODES,
    tokenParam: "withdrawalToken",
  },
  /** E9 */
  merchantPayoutStatus: {
    path: "straight/payout/confirm/",
    method: "GET",
    creation: false,
    subCodes: PAYOUT_STATUS_SUB_CODES,
    tokenParam: "payoutToken",
  },
} as const satisfies Record<string, EndpointSpec>;

export type EndpointKey = keyof typeof ENDPOINTS;
