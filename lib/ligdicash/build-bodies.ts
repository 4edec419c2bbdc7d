import type { CustomData } from "./custom-data";
import type { InvoiceItem, PayerDetails, StoreInfo } from "./types";

/**
 * Request bodies exactly as docs/ligdicash-contract.md §4.1, §4.2, §4.6, §4.7 and §11 show them. Pure.
 * Every field the SDKs send is sent, "" when we have nothing, so the server never sees a
 * missing key.
 */

export type InvoiceBody = {
  commande: {
    invoice: {
      items: {
        name: string;
        description: string;
        quantity: number;
        unit_price: number;
        total_price: number;
      }[];
      total_amount: number;
      devise: "XOF";
      description: string;
      customer: string;
      customer_firstname: string;
      customer_lastname: string;
      customer_email: string;
      external_id: string;
      otp: string;
    };
    store: { name: string; website_url: string };
    actions: { cancel_url: string; return_url: string; callback_url: string };
    custom_data: CustomData;
  };
};

export type PayoutBody = {
  commande: {
    amount: number;
    description: string;
    customer: string;
    callback_url: string;
    custom_data: CustomData;
    top_up_wallet?: 0 | 1;
  };
};

type InvoiceParts = {
  amount: number;
  description: string;
  items: InvoiceItem[];
  /** "" for hosted payin (a number would filter the payment page, docs/ligdicash-contract.md §4.1); the payer for direct payin. */
  customer: string;
  payer: PayerDetails;
  otp: string;
  store: StoreInfo;
  actions: { cancelUrl: string; returnUrl: string; callbackUrl: string };
  customData: CustomData;
};

export function buildInvoiceBody(parts: InvoiceParts): InvoiceBody {
  return {
    commande: {
      invoice: {
        items: parts.items.map((item) => ({
          name: item.name,
          description: item.description ?? "",
          quantity: item.quantity,
          unit_price: item.unitPrice,
          total_price: item.unitPrice * item.quantity,
        })),
        total_amount: parts.amount,
        devise: "XOF",
        description: parts.description,
        customer: parts.customer,
        customer_firstname: parts.payer.firstname ?? "",
        customer_lastname: parts.payer.lastname ?? "",
        customer_email: parts.payer.email ?? "",
        external_id: "",
        otp: parts.otp,
      },
      store: { name: parts.store.name, website_url: parts.store.websiteUrl },
      // Payins carry the callback under `actions` (docs/ligdicash-contract.md §7), unlike payouts.
      actions: {
        cancel_url: parts.actions.cancelUrl,
        return_url: parts.actions.returnUrl,
        callback_url: parts.actions.callbackUrl,
      },
      custom_data: parts.customData,
    },
  };
}

type PayoutParts = {
  amount: number;
  description: string;
  msisdn: string;
  callbackUrl: string;
  customData: CustomData;
  /** E6 only (docs/ligdicash-contract.md §4.6): 1 = stay in the LigdiCash wallet, 0 = forward to mobile money. */
  topUpWallet?: 0 | 1;
};

export function buildPayoutBody(parts: PayoutParts): PayoutBody {
  return {
    commande: {
      amount: parts.amount,
      description: parts.description,
      customer: parts.msisdn,
      // Payouts carry the callback at `commande` level (docs/ligdicash-contract.md §7).
      callback_url: parts.callbackUrl,
      custom_data: parts.customData,
      ...(parts.topUpWallet === undefined ? {} : { top_up_wallet: parts.topUpWallet }),
    },
  };
}

/** Our transaction id always wins over extra entries: it is how callbacks find our row. */
export function buildCustomData(transactionId: string, extra: CustomData = {}): CustomData {
  return { ...extra, transaction_id: transactionId };
}
