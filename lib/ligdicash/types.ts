import type { OperatorCode } from "@/lib/phone";
import type { CustomData } from "./custom-data";
import type { EndpointKey } from "./endpoints";
import type { PayinStatus, PayoutStatus } from "./map-status";

export type StoreInfo = { name: string; websiteUrl: string };

export type LigdicashConfig = {
  /** `…/pay/v01/` (docs/ligdicash-contract.md §1); a missing trailing slash is added. */
  baseUrl: string;
  apiKey: string;
  authToken: string;
  timeoutMs: number;
  /** Amount limits checked before calling (env LIGDICASH_MIN_AMOUNT / LIGDICASH_MAX_AMOUNT). */
  minAmount: number;
  maxAmount: number;
  fetch?: typeof fetch;
  /** Shown on LigdiCash's payment page (`commande.store`); default "Caisse". */
  store?: StoreInfo;
  /** Default callback URL for every creation; a creation may pass its own. */
  callbackUrl?: string;
  /** Status checks only — creations are never retried. */
  statusRetry?: Partial<RetryPolicy>;
};

export type RetryPolicy = {
  /** Total attempts, first one included. Default 3. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
};

export type InvoiceItem = { name: string; description?: string; quantity: number; unitPrice: number };
export type PayerDetails = { firstname?: string; lastname?: string; email?: string };

type CreationCommon = {
  /** Our own row id: the idempotency key, sent as `custom_data.transaction_id`. */
  transactionId: string;
  /** Whole XOF. */
  amount: number;
  description: string;
  callbackUrl?: string;
  /** Extra custom_data entries (strings). `transaction_id` is always ours and cannot be overridden. */
  customData?: CustomData;
};

export type HostedPayinInput = CreationCommon & {
  /** When given, their total must equal `amount`. Default: none (LigdiCash then uses total_amount). */
  items?: InvoiceItem[];
  payer?: PayerDetails;
  /**
   * The customer's own number, only when they have confirmed their operator: LigdiCash's page then
   * offers that number's operator alone (docs/ligdicash-contract.md §4.1). Absent: `customer` is sent as "" (every operator).
   */
  customerPhone?: string;
  returnUrl: string;
  cancelUrl: string;
};

export type DirectPayinInput = CreationCommon & {
  /** Payer phone, any format normalizePhone accepts. */
  phone: string;
  /** Required for USSD-OTP operators (Orange BF); ignored for push operators. */
  otp?: string;
  items?: InvoiceItem[];
  payer?: PayerDetails;
};

export type MerchantPayoutInput = CreationCommon & { phone: string };

export type ClientPayoutInput = MerchantPayoutInput & {
  /**
   * `wallet`: funds stay in the recipient's LigdiCash wallet (`top_up_wallet: 1`);
   * `mobile_money`: LigdiCash forwards them to the linked mobile money (`top_up_wallet: 0`).
   * Required: the old docs state the opposite polarity (docs/ligdicash-contract.md §4.6), so nobody relies on a default.
   */
  destination: "wallet" | "mobile_money";
};

export type CreatedHostedPayin = { token: string; paymentUrl: string; raw: unknown };
export type CreatedDirectPayin = {
  token: string;
  /** LigdiCash's processing message ("Votre requête est en cours de traitement"). */
  message: string;
  /** Set when the operator wants the browser sent to its own page (operator-redirect mode, docs/ligdicash-contract.md §4.2). */
  redirectUrl: string | null;
  msisdn: string;
  operator: OperatorCode;
  raw: unknown;
};
export type CreatedPayout = { token: string; msisdn: string; operator: OperatorCode; raw: unknown };

/** Which endpoint answered a merchant payout status (E9, or E8 as fallback). */
export type PayoutStatusResult = PayoutStatus & { source: EndpointKey };

export type LigdicashClient = {
  createHostedPayin(input: HostedPayinInput): Promise<CreatedHostedPayin>;
  createDirectPayin(input: DirectPayinInput): Promise<CreatedDirectPayin>;
  createClientPayout(input: ClientPayoutInput): Promise<CreatedPayout>;
  createMerchantPayout(input: MerchantPayoutInput): Promise<CreatedPayout>;
  getPayinStatus(token: string): Promise<PayinStatus>;
  getClientPayoutStatus(token: string): Promise<PayoutStatusResult>;
  getMerchantPayoutStatus(token: string): Promise<PayoutStatusResult>;
};
