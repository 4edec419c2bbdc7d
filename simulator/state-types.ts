import type { OperatorKey } from "./operators";

// The shapes of the simulator's business state (state.ts keeps it, state-file.ts persists it).

/** Gateway states (docs/ligdicash-contract.md §6). `completed` and `notcompleted` are final. */
export type TxStatus = "pending" | "completed" | "notcompleted";
export type TxKind = "payin_hosted" | "payin_direct" | "payout_client" | "payout_merchant";

/** The array form LigdiCash gives custom_data everywhere it returns it (docs/ligdicash-contract.md §4.4). */
export type CustomDataEntry = {
  keyof_customdata: string;
  valueof_customdata: string;
  datecreation_customdata: string;
};

export type InvoiceItem = {
  name: string;
  description: string;
  quantity: number;
  unit_price: number;
  total_price: number;
};

export type Transaction = {
  /** Creation token: the key of confirm endpoints. */
  token: string;
  kind: TxKind;
  status: TxStatus;
  requestId: string;
  amount: number;
  description: string;
  createdAt: string;
  settledAt: string | null;
  /** Merchant entries first, then LigdiCash's `hash` and `logfile`. */
  customData: CustomDataEntry[];
  /** `custom_data.transaction_id` of the request, "" when absent. */
  transactionId: string;
  externalId: string;
  callbackUrl: string;
  returnUrl: string;
  cancelUrl: string;
  /** `invoice.customer` / payout `customer` as sent. */
  requestedCustomer: string;
  /** Payins: the number that paid (null until known). Payouts: the recipient. */
  payer: string | null;
  operator: OperatorKey | null;
  operatorReference: string;
  customerDetails: { firstname: string; lastname: string; email: string };
  store: { name: string; websiteUrl: string } | null;
  items: InvoiceItem[];
  /** Client payouts only (docs/ligdicash-contract.md §4.6). */
  topUpWallet: 0 | 1 | null;
};

export type Wallet = { phone: string; firstname: string; lastname: string };
export type Balances = Partial<Record<OperatorKey, number>>;

export type PersistentState = {
  version: 1;
  nextId: number;
  transactions: Transaction[];
  balances: Balances;
  wallets: Wallet[];
};
