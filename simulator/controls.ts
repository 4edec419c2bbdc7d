import type { CallbackRecord } from "./callbacks";
import type { RecordedRequest, SimContext } from "./context";
import {
  autoSettleSchema,
  balanceSchema,
  callbackBehaviourSchema,
  faultSchema,
  limitsSchema,
  merchantSchema,
  parseControl,
  sendCallbackSchema,
  settleSchema,
  statusAnswerSchema,
  transactionFilterSchema,
  walletSchema,
} from "./control-schemas";
import type { FaultInput, FaultRule } from "./faults";
import { OPERATORS, type OperatorKey } from "./operators";
import { truthOf, type Claim } from "./payloads";
import type { EndpointId } from "./responses";
import {
  behaviourForMode,
  defaultSettings,
  type AutoSettle,
  type CallbackBehaviour,
  type CallbackMode,
  type Limits,
  type MerchantSwitches,
  type StatusAnswer,
} from "./settings";
import {
  SimulatorError,
  forgedClaim,
  settleTransaction,
  type FinalStatus,
  type SettleInput,
} from "./settlement";
import type { Balances, CustomDataEntry, Transaction, TxKind, TxStatus, Wallet } from "./state";

// Simulator-only controls (never part of LigdiCash). The same object backs the HTTP API under
// /_sim/… and `RunningSimulator.controls` for tests in the same process.

/** Names a transaction: its creation token, or our `custom_data.transaction_id` (latest wins). */
export type TxRef = { token?: string; transactionId?: string };

export type TransactionView = {
  token: string;
  kind: TxKind;
  status: TxStatus;
  requestId: string;
  transactionId: string;
  externalId: string;
  amount: number;
  description: string;
  createdAt: string;
  settledAt: string | null;
  operator: OperatorKey | null;
  operatorName: string;
  /** Payins: the number that paid. Payouts: the recipient. */
  payer: string | null;
  requestedCustomer: string;
  callbackUrl: string;
  returnUrl: string;
  cancelUrl: string;
  /** Hosted payins: the checkout page. */
  paymentUrl: string | null;
  topUpWallet: 0 | 1 | null;
  customData: CustomDataEntry[];
};

export type CallbackBehaviourInput =
  | Partial<CallbackBehaviour>
  | { mode: CallbackMode; copies?: number; delayMs?: number; status?: FinalStatus };

export type SimulatorControls = {
  health(): { ok: true; name: string; origin: string; transactions: number; pendingTransactions: number };
  /** Back to the start state: seeded balances and wallets, no transactions, default settings. */
  reset(): void;
  transactions(filter?: { status?: TxStatus; kind?: TxKind; transactionId?: string }): TransactionView[];
  transaction(ref: TxRef): TransactionView | undefined;
  /** Settles a pending transaction (and sends its callbacks in the background). */
  settle(input: TxRef & SettleInput): TransactionView;
  /**
   * How status queries describe this transaction from now on (settings.ts StatusAnswer); the
   * transaction is unchanged. `status: null` and `minimal: false` return to the full true answer.
   */
  setStatusAnswer(input: TxRef & { status?: string | null; minimal?: boolean }): StatusAnswer;
  /** Sends the callback of a transaction now; `status` ≠ the truth makes it a forged one. */
  sendCallback(input: TxRef & { status?: TxStatus }): Promise<CallbackRecord[]>;
  callbacks(filter?: { token?: string }): CallbackRecord[];
  /** Resolves once every callback delivery under way (late ones included) has finished. */
  callbacksIdle(): Promise<void>;
  callbackBehaviour(): CallbackBehaviour;
  setCallbackBehaviour(input: CallbackBehaviourInput): CallbackBehaviour;
  addFault(input: FaultInput): FaultRule;
  faults(): FaultRule[];
  removeFault(id: number): boolean;
  clearFaults(): void;
  balances(): Balances;
  /** `null` closes the sub-account (payouts to that operator then get "no merchant account"). */
  setBalance(operator: OperatorKey, amount: number | null): Balances;
  wallets(): Wallet[];
  addWallet(wallet: { phone: string; firstname?: string; lastname?: string }): Wallet;
  removeWallet(phone: string): boolean;
  merchant(): MerchantSwitches;
  setMerchant(patch: Partial<MerchantSwitches>): MerchantSwitches;
  limits(): Limits;
  setLimits(patch: Partial<Limits>): Limits;
  autoSettle(): AutoSettle;
  setAutoSettle(patch: Partial<AutoSettle>): AutoSettle;
  requests(filter?: { endpoint?: EndpointId }): RecordedRequest[];
  clearRequests(): void;
};

function view(sim: SimContext, tx: Transaction): TransactionView {
  return {
    token: tx.token,
    kind: tx.kind,
    status: tx.status,
    requestId: tx.requestId,
    transactionId: tx.transactionId,
    externalId: tx.externalId,
    amount: tx.amount,
    description: tx.description,
    createdAt: tx.createdAt,
    settledAt: tx.settledAt,
    operator: tx.operator,
    operatorName: tx.operator ? OPERATORS[tx.operator].name : "",
    payer: tx.payer,
    requestedCustomer: tx.requestedCustomer,
    callbackUrl: tx.callbackUrl,
    returnUrl: tx.returnUrl,
    cancelUrl: tx.cancelUrl,
    paymentUrl: tx.kind === "payin_hosted" ? `${sim.config.publicOrigin}/pay/invoice/${tx.token}` : null,
    topUpWallet: tx.topUpWallet,
    customData: tx.customData.map((entry) => ({ ...entry })),
  };
}

function find(sim: SimContext, ref: TxRef): Transaction | undefined {
  if (ref.token) return sim.store.get(ref.token);
  return ref.transactionId ? sim.store.findByTransactionId(ref.transactionId) : undefined;
}

function mustFind(sim: SimContext, ref: TxRef): Transaction {
  const tx = find(sim, ref);
  if (!tx) throw new SimulatorError("not_found", `no transaction for ${JSON.stringify(ref)}`, 404);
  return tx;
}

function claimFor(tx: Transaction, status: TxStatus | undefined): Claim {
  if (!status || status === tx.status) return truthOf(tx);
  if (status === "pending") return { status, operator: null, payer: null };
  return tx.status === "pending" ? forgedClaim(tx, status) : { ...truthOf(tx), status };
}

export function createControls(sim: SimContext): SimulatorControls {
  const controls: SimulatorControls = {
    health: () => ({
      ok: true,
      name: "Simulateur LigdiCash",
      origin: sim.config.publicOrigin,
      transactions: sim.store.list().length,
      pendingTransactions: sim.store.list().filter((tx) => tx.status === "pending").length,
    }),
    reset() {
      for (const timer of sim.timers) clearTimeout(timer);
      sim.timers.clear();
      sim.store.reset();
      sim.settings = defaultSettings();
      sim.faults.clear();
      sim.callbacks.reset();
      sim.requestLog.length = 0;
    },
    transactions(filter) {
      const f = parseControl(transactionFilterSchema, filter) ?? {};
      return sim.store
        .list()
        .filter((tx) => (!f.status || tx.status === f.status) && (!f.kind || tx.kind === f.kind))
        .filter((tx) => f.transactionId === undefined || tx.transactionId === f.transactionId)
        .map((tx) => view(sim, tx));
    },
    transaction: (ref) => {
      const tx = find(sim, ref);
      return tx ? view(sim, tx) : undefined;
    },
    settle(input) {
      const { token, transactionId, ...settle } = parseControl(settleSchema, input);
      return view(sim, settleTransaction(sim, mustFind(sim, { token, transactionId }), settle));
    },
    setStatusAnswer(input) {
      const { token, transactionId, status, minimal } = parseControl(statusAnswerSchema, input);
      const tx = mustFind(sim, { token, transactionId });
      const previous = sim.settings.statusAnswers[tx.token] ?? { status: null, minimal: false };
      const answer = {
        status: status === undefined ? previous.status : status,
        minimal: minimal ?? previous.minimal,
      };
      sim.settings.statusAnswers[tx.token] = answer;
      return { ...answer };
    },
    async sendCallback(input) {
      const { token, transactionId, status } = parseControl(sendCallbackSchema, input);
      const tx = mustFind(sim, { token, transactionId });
      const claim = claimFor(tx, status);
      const reason = claim.status === tx.status ? "manual" : "forged";
      return sim.callbacks.dispatch(tx, { reason, claim, ignoreSwitches: true });
    },
    callbacks: (filter) => sim.callbacks.records(filter),
    callbacksIdle: () => sim.callbacks.idle(),
    callbackBehaviour: () => ({ ...sim.settings.callbacks }),
    setCallbackBehaviour(input) {
      const parsed = parseControl(callbackBehaviourSchema, input);
      sim.settings.callbacks =
        "mode" in parsed && parsed.mode
          ? behaviourForMode(parsed.mode, parsed)
          : { ...sim.settings.callbacks, ...(parsed as Partial<CallbackBehaviour>) };
      return { ...sim.settings.callbacks };
    },
    addFault: (input) => sim.faults.add(parseControl(faultSchema, input)),
    faults: () => sim.faults.list(),
    removeFault: (id) => sim.faults.remove(id),
    clearFaults: () => sim.faults.clear(),
    balances: () => sim.store.balances(),
    setBalance(operator, amount) {
      const parsed = parseControl(balanceSchema, { operator, amount });
      sim.store.setBalance(parsed.operator, parsed.amount);
      return sim.store.balances();
    },
    wallets: () => sim.store.wallets(),
    addWallet(wallet) {
      const parsed = parseControl(walletSchema, wallet);
      sim.store.addWallet(parsed);
      return { ...parsed };
    },
    removeWallet: (phone) => sim.store.removeWallet(phone),
    merchant: () => ({ ...sim.settings.merchant }),
    setMerchant(patch) {
      sim.settings.merchant = { ...sim.settings.merchant, ...parseControl(merchantSchema, patch) };
      return { ...sim.settings.merchant };
    },
    limits: () => structuredClone(sim.settings.limits),
    setLimits(patch) {
      const parsed = parseControl(limitsSchema, patch);
      const operatorPayinMin = { ...sim.settings.limits.operatorPayinMin, ...parsed.operatorPayinMin };
      sim.settings.limits = { ...sim.settings.limits, ...parsed, operatorPayinMin };
      return structuredClone(sim.settings.limits);
    },
    autoSettle: () => structuredClone(sim.settings.autoSettle),
    setAutoSettle(patch) {
      sim.settings.autoSettle = { ...sim.settings.autoSettle, ...parseControl(autoSettleSchema, patch) };
      return structuredClone(sim.settings.autoSettle);
    },
    requests: (filter) =>
      sim.requestLog
        .filter((entry) => !filter?.endpoint || entry.endpoint === filter.endpoint)
        .map((entry) => structuredClone(entry)),
    clearRequests: () => {
      sim.requestLog.length = 0;
    },
  };
  return controls;
}
