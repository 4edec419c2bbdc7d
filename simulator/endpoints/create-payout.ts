import type { SimContext } from "../context";
import { externalIdOf, toCustomDataArray } from "../custom-data";
import { isBurkinaPhone, operatorOfPhone, type Operator } from "../operators";
import { CODES, created, failure, type ApiResult } from "../responses";
import { afterCreate } from "../settlement";
import { isPayin, type Transaction, type TxKind } from "../state";
import { newRequestId } from "../tokens";
import { isRecord, readAmount, readCustomData, readString } from "../validation";
import type { ApiRequest } from "./types";

// E6 `withdrawal/create` (client payout → LigdiCash wallet, docs/ligdicash-contract.md §4.6) and E7 `straight/payout`
// (merchant payout → mobile money, docs/ligdicash-contract.md §4.7). Funds come from the merchant sub-account of the
// recipient's operator and are debited when the payout is accepted; a payout that ends
// `notcompleted` is credited back (settlement.ts).

type Payout = {
  amount: number;
  description: string;
  customer: string;
  callbackUrl: string;
  customData: Record<string, string>;
  topUpWallet: 0 | 1 | null;
};

/**
 * `top_up_wallet`: 1 = funds stay in the wallet, 0 = auto-transfer to mobile money (new docs +
 * SDKs, docs/ligdicash-contract.md §4.6 conflict). The JS SDK sends `to_ligdicash: boolean` instead; accepted as an alias.
 */
function readTopUpWallet(commande: Record<string, unknown>): 0 | 1 | undefined {
  const value = commande.top_up_wallet ?? commande.to_ligdicash;
  if (value === 0 || value === false) return 0;
  if (value === 1 || value === true) return 1;
  return undefined;
}

function readPayout(body: unknown, kind: TxKind): Payout | undefined {
  if (!isRecord(body) || !isRecord(body.commande)) return undefined;
  const commande = body.commande;
  const amount = readAmount(commande.amount);
  const description = readString(commande.description);
  const customer = readString(commande.customer);
  const callbackUrl = readString(commande.callback_url, "");
  const customData = readCustomData(commande.custom_data);
  if (amount === undefined || description === undefined || customer === undefined) return undefined;
  if (callbackUrl === undefined || customData === undefined) return undefined;
  let topUpWallet: 0 | 1 | null = null;
  if (kind === "payout_client") {
    const value = readTopUpWallet(commande);
    if (value === undefined) return undefined;
    topUpWallet = value;
  }
  return { amount, description, customer, callbackUrl, customData, topUpWallet };
}

/** Whether a payout with this `custom_data.transaction_id` already exists (either kind). */
function isDuplicate(sim: SimContext, transactionId: string | undefined): boolean {
  return !!transactionId && !!sim.store.findByTransactionId(transactionId, (tx) => !isPayin(tx.kind));
}

function storePayout(sim: SimContext, kind: TxKind, payout: Payout, operator: Operator): Transaction {
  const now = new Date();
  let requestId = newRequestId(now);
  while (sim.store.hasRequestId(requestId)) requestId = newRequestId(now);
  const tx: Transaction = {
    token: sim.mintToken("finance"),
    kind,
    status: "pending",
    requestId,
    amount: payout.amount,
    description: payout.description,
    createdAt: now.toISOString(),
    settledAt: null,
    customData: toCustomDataArray(payout.customData, now),
    transactionId: payout.customData.transaction_id ?? "",
    externalId: externalIdOf(payout.customData),
    callbackUrl: payout.callbackUrl,
    returnUrl: "",
    cancelUrl: "",
    requestedCustomer: payout.customer,
    payer: payout.customer,
    operator: operator.key,
    operatorReference: "",
    customerDetails: { firstname: "", lastname: "", email: "" },
    store: null,
    items: [],
    topUpWallet: payout.topUpWallet,
  };
  sim.store.adjustBalance(operator.key, -payout.amount);
  sim.store.add(tx);
  afterCreate(sim, tx);
  return tx;
}

/** E6: the recipient must hold a LigdiCash wallet (Code02); duplicate transaction_id → Code07. */
export function createClientPayout(sim: SimContext, request: ApiRequest): ApiResult {
  const codes = CODES.clientPayout;
  const { merchant, limits } = sim.settings;
  if (!merchant.payoutEnabled) return failure("E6", codes.disabled);
  if (!merchant.ipAllowed) return failure("E6", codes.ipDenied);
  const payout = readPayout(request.body, "payout_client");
  if (!payout || !isBurkinaPhone(payout.customer)) return failure("E6", codes.dataInput);
  if (payout.amount < limits.payoutMin || payout.amount > limits.payoutMax)
    return failure("E6", codes.amount);
  if (isDuplicate(sim, payout.customData.transaction_id)) return failure("E6", codes.duplicate);
  if (!sim.store.wallet(payout.customer)) return failure("E6", codes.customerUnknown);
  const operator = operatorOfPhone(payout.customer);
  const balance = operator ? sim.store.balance(operator.key) : undefined;
  if (!operator || balance === undefined) return failure("E6", codes.noMerchantAccount);
  if (balance < payout.amount) return failure("E6", codes.balanceLow);
  const tx = storePayout(sim, "payout_client", payout, operator);
  return created("E6", tx.token, "", []);
}

/**
 * E7: straight to a mobile-money number. Unknown prefix → Code05 (operator not identified), no
 * sub-account on that operator → Code03, low balance → Code08.
 *
 * Duplicate `transaction_id`: the merchant-payout table has no "already exists" code (docs/ligdicash-contract.md §5.4), so
 * the simulator ACCEPTS a second payout with the same id and debits again, as a gateway without
 * deduplication would. Caisse must never send twice; a double send shows up in balances and in
 * GET /_sim/requests instead of being masked by an invented error.
 */
export function createMerchantPayout(sim: SimContext, request: ApiRequest): ApiResult {
  const codes = CODES.merchantPayout;
  const { merchant, limits } = sim.settings;
  if (!merchant.payoutEnabled) return failure("E7", codes.disabled);
  if (!merchant.ipAllowed) return failure("E7", merchant.merchantPayoutIpDeniedCode);
  const payout = readPayout(request.body, "payout_merchant");
  if (!payout) return failure("E7", codes.dataInput);
  if (payout.amount < limits.payoutMin || payout.amount > limits.payoutMax)
    return failure("E7", codes.amount);
  const operator = operatorOfPhone(payout.customer);
  if (!operator) return failure("E7", codes.operatorUnknown);
  const balance = sim.store.balance(operator.key);
  if (!operator.supported || balance === undefined) return failure("E7", codes.noMerchantAccount);
  if (balance < payout.amount) return failure("E7", codes.balanceLow);
  const tx = storePayout(sim, "payout_merchant", payout, operator);
  return created("E7", tx.token, "", "");
}
