import type { SimContext } from "../context";
import { externalIdOf, toCustomDataArray } from "../custom-data";
import { isBurkinaPhone, operatorOfPhone } from "../operators";
import { CODES, PROCESSING_MESSAGE, created, failure, type ApiResult, type EndpointId } from "../responses";
import { payinMinimum } from "../settings";
import { afterCreate } from "../settlement";
import type { InvoiceItem, Transaction, TxKind } from "../state";
import { newRequestId } from "../tokens";
import { isRecord, isXof, readAmount, readCustomData, readString } from "../validation";
import type { ApiRequest } from "./types";

// E1 `redirect/checkout-invoice/create` (hosted) and E2 `straight/checkout-invoice/create`
// (direct). Same body (docs/ligdicash-contract.md §4.1, §4.2); refusals use the createInvoice sub-codes (docs/ligdicash-contract.md §5.1).

/** Magic OTPs for Orange BF direct payins (README): any other 6-digit code is accepted. */
export const OTP_WRONG = "000000";
export const OTP_EXPIRED = "999999";

type Invoice = {
  items: InvoiceItem[];
  amount: number;
  description: string;
  customer: string;
  otp: string;
  externalId: string;
  details: Transaction["customerDetails"];
  store: NonNullable<Transaction["store"]>;
  actions: { returnUrl: string; cancelUrl: string; callbackUrl: string };
  customData: Record<string, string>;
};

/** Items must add up: total_price = unit_price × quantity, Σ total_price = total_amount. */
function readItems(value: unknown): InvoiceItem[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items: InvoiceItem[] = [];
  for (const raw of value) {
    if (!isRecord(raw)) return undefined;
    const name = readString(raw.name);
    const description = readString(raw.description, "");
    const quantity = readAmount(raw.quantity);
    const unitPrice = readAmount(raw.unit_price);
    const totalPrice = readAmount(raw.total_price);
    if (name === undefined || description === undefined) return undefined;
    if (quantity === undefined || quantity <= 0 || unitPrice === undefined || unitPrice < 0) return undefined;
    if (totalPrice !== unitPrice * quantity) return undefined;
    items.push({ name, description, quantity, unit_price: unitPrice, total_price: totalPrice });
  }
  return items;
}

/** The invoice of a createInvoice body, or undefined for a malformed one (→ Code08). */
function readInvoice(body: unknown): Invoice | undefined {
  if (!isRecord(body) || !isRecord(body.commande)) return undefined;
  const { invoice, store, actions, custom_data } = body.commande;
  if (!isRecord(invoice) || !isRecord(store) || !isRecord(actions)) return undefined;

  const items = readItems(invoice.items);
  const amount = readAmount(invoice.total_amount);
  const customData = readCustomData(custom_data);
  if (!items || amount === undefined || !customData || !isXof(invoice.devise)) return undefined;
  // With items, the total must be their sum; with `[]` only total_amount counts (docs/ligdicash-contract.md §4.1).
  if (items.length > 0 && items.reduce((sum, item) => sum + item.total_price, 0) !== amount) return undefined;

  const fields = {
    description: readString(invoice.description),
    customer: readString(invoice.customer),
    otp: readString(invoice.otp, ""),
    externalId: readString(invoice.external_id, ""),
    firstname: readString(invoice.customer_firstname, ""),
    lastname: readString(invoice.customer_lastname, ""),
    email: readString(invoice.customer_email, ""),
    storeName: readString(store.name),
    website: readString(store.website_url, ""),
    // JS SDK sends `callback_url: null` on direct payins (docs/ligdicash-contract.md §4.2): tolerated as "".
    returnUrl: readString(actions.return_url, ""),
    cancelUrl: readString(actions.cancel_url, ""),
    callbackUrl: readString(actions.callback_url, ""),
  };
  const values = Object.values(fields);
  if (values.some((value) => value === undefined)) return undefined;
  const f = fields as { [K in keyof typeof fields]: string };
  if (!f.storeName) return undefined;
  return {
    items,
    amount,
    description: f.description,
    customer: f.customer,
    otp: f.otp,
    externalId: f.externalId,
    details: { firstname: f.firstname, lastname: f.lastname, email: f.email },
    store: { name: f.storeName, websiteUrl: f.website },
    actions: { returnUrl: f.returnUrl, cancelUrl: f.cancelUrl, callbackUrl: f.callbackUrl },
    customData,
  };
}

/** Checks shared by E1 and E2; returns the invoice or the refusal. */
function admitInvoice(sim: SimContext, endpoint: EndpointId, body: unknown): Invoice | ApiResult {
  const { merchant, limits } = sim.settings;
  if (!merchant.payinEnabled) return failure(endpoint, CODES.payin.disabled);
  if (!merchant.ipAllowed) return failure(endpoint, CODES.payin.ipDenied);
  const invoice = readInvoice(body);
  if (!invoice) return failure(endpoint, CODES.payin.dataInput);
  if (invoice.amount < limits.payinMin || invoice.amount > limits.payinMax) {
    return failure(endpoint, CODES.payin.amount);
  }
  return invoice;
}

function uniqueRequestId(sim: SimContext): string {
  let requestId = newRequestId();
  while (sim.store.hasRequestId(requestId)) requestId = newRequestId();
  return requestId;
}

function storeInvoice(sim: SimContext, kind: TxKind, invoice: Invoice): Transaction {
  const now = new Date();
  const tx: Transaction = {
    token: sim.mintToken("invoice"),
    kind,
    status: "pending",
    requestId: uniqueRequestId(sim),
    amount: invoice.amount,
    description: invoice.description,
    createdAt: now.toISOString(),
    settledAt: null,
    customData: toCustomDataArray(invoice.customData, now),
    transactionId: invoice.customData.transaction_id ?? "",
    externalId: externalIdOf(invoice.customData, invoice.externalId),
    callbackUrl: invoice.actions.callbackUrl,
    returnUrl: invoice.actions.returnUrl,
    cancelUrl: invoice.actions.cancelUrl,
    requestedCustomer: invoice.customer,
    // Operator and payer stay unknown until someone pays, even for a direct payin (docs/ligdicash-contract.md §4.5).
    payer: null,
    operator: null,
    operatorReference: "",
    customerDetails: invoice.details,
    store: invoice.store,
    items: invoice.items,
    topUpWallet: null,
  };
  sim.store.add(tx);
  afterCreate(sim, tx);
  return tx;
}

/** E1: the customer will pay on our checkout page; answer its URL (docs/ligdicash-contract.md §4.1). */
export function createHostedPayin(sim: SimContext, request: ApiRequest): ApiResult {
  const invoice = admitInvoice(sim, "E1", request.body);
  if ("status" in invoice) return invoice;
  // `customer` must be "" for hosted payins; a phone number only filters the operators on the
  // payment page (DOCS /hosted-payin/common-pitfalls) — so it must be a number we can filter by.
  if (invoice.customer !== "") {
    const operator = operatorOfPhone(invoice.customer);
    if (!isBurkinaPhone(invoice.customer) || !operator) return failure("E1", CODES.payin.dataInput);
    if (!operator.supported) return failure("E1", CODES.payin.noNetwork);
  }
  const tx = storeInvoice(sim, "payin_hosted", invoice);
  return created("E1", tx.token, `${sim.config.publicOrigin}/pay/invoice/${tx.token}`, []);
}

/**
 * E2: the payer's number is given; Orange BF needs the OTP the customer got from `*144*4*6#`,
 * Moov BF is approved by push (`otp ""`) (docs/ligdicash-contract.md §4.2, §9). The transaction then stays pending until
 * settled by a control (or auto-settle).
 */
export function createDirectPayin(sim: SimContext, request: ApiRequest): ApiResult {
  const invoice = admitInvoice(sim, "E2", request.body);
  if ("status" in invoice) return invoice;
  const operator = operatorOfPhone(invoice.customer);
  if (!operator) return failure("E2", CODES.payin.dataInput);
  if (!operator.supported) return failure("E2", CODES.payin.noNetwork);
  if (invoice.amount < payinMinimum(sim.settings.limits, operator.key))
    return failure("E2", CODES.payin.amount);
  if (operator.validation === "ussd_otp") {
    if (invoice.otp === OTP_EXPIRED) return failure("E2", CODES.payin.expiredOtp);
    if (!/^\d{6}$/.test(invoice.otp) || invoice.otp === OTP_WRONG) return failure("E2", CODES.payin.wrongOtp);
  }
  const tx = storeInvoice(sim, "payin_direct", invoice);
  return created("E2", tx.token, PROCESSING_MESSAGE, []);
}
