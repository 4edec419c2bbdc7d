import { existsSync } from "node:fs";
import { randomInt } from "node:crypto";
import type { OperatorKey } from "./operators";
import { readStateFile, writeStateFile } from "./state-file";
import type { Balances, PersistentState, Transaction, TxKind, Wallet } from "./state-types";

// The simulator's business state: transactions, merchant balances per operator sub-account and
// the registry of LigdiCash wallet holders. This is what `stateFile` persists; settings, faults,
// callback behaviour and the request log are runtime-only (see settings.ts).

export type {
  TxStatus,
  TxKind,
  CustomDataEntry,
  InvoiceItem,
  Transaction,
  Wallet,
  Balances,
  PersistentState,
} from "./state-types";

export const isPayin = (kind: TxKind) => kind.startsWith("payin_");

export const INITIAL_BALANCE = 500_000;

/** LigdiCash wallet holders present after start/reset (magic test values, see README). */
export const SEEDED_WALLETS: readonly Wallet[] = [
  { phone: "22676000001", firstname: "Awa", lastname: "Ouedraogo" },
  { phone: "22670000002", firstname: "Issa", lastname: "Kabore" },
  { phone: "22656000003", firstname: "Fatimata", lastname: "Sawadogo" },
];

function initialState(): PersistentState {
  return {
    version: 1,
    // Random start so that tokens of a fresh simulator never repeat those of an earlier run.
    nextId: randomInt(100_000, 900_000),
    transactions: [],
    balances: { orange_bf: INITIAL_BALANCE, moov_bf: INITIAL_BALANCE },
    wallets: SEEDED_WALLETS.map((wallet) => ({ ...wallet })),
  };
}

export class SimulatorStore {
  private state: PersistentState;
  private readonly byToken = new Map<string, Transaction>();

  constructor(private readonly stateFile?: string) {
    this.state = stateFile && existsSync(stateFile) ? readStateFile(stateFile) : initialState();
    this.index();
    this.save();
  }

  private index() {
    this.byToken.clear();
    for (const tx of this.state.transactions) this.byToken.set(tx.token, tx);
  }

  /** Writes the state file (temp file + rename, so a crash never leaves half a file). */
  save() {
    if (this.stateFile) writeStateFile(this.stateFile, this.state);
  }

  reset() {
    this.state = initialState();
    this.index();
    this.save();
  }

  nextId(): number {
    const id = this.state.nextId;
    this.state.nextId += 1;
    return id;
  }

  add(tx: Transaction) {
    this.state.transactions.push(tx);
    this.byToken.set(tx.token, tx);
    this.save();
  }

  get(token: string): Transaction | undefined {
    return this.byToken.get(token);
  }

  /** The most recent transaction carrying our `custom_data.transaction_id`. */
  findByTransactionId(transactionId: string, filter: (tx: Transaction) => boolean = () => true) {
    return this.state.transactions.findLast((tx) => tx.transactionId === transactionId && filter(tx));
  }

  hasRequestId(requestId: string): boolean {
    return this.state.transactions.some((tx) => tx.requestId === requestId);
  }

  list(): readonly Transaction[] {
    return this.state.transactions;
  }

  balances(): Balances {
    return { ...this.state.balances };
  }

  /** Balance of a sub-account, undefined when the merchant has none on that operator. */
  balance(operator: OperatorKey): number | undefined {
    return this.state.balances[operator];
  }

  setBalance(operator: OperatorKey, amount: number | null) {
    if (amount === null) delete this.state.balances[operator];
    else this.state.balances[operator] = amount;
    this.save();
  }

  /** Adds (or with a negative amount removes) money; opens the sub-account when needed. */
  adjustBalance(operator: OperatorKey, delta: number) {
    this.state.balances[operator] = (this.state.balances[operator] ?? 0) + delta;
    this.save();
  }

  wallets(): Wallet[] {
    return this.state.wallets.map((wallet) => ({ ...wallet }));
  }

  wallet(phone: string): Wallet | undefined {
    return this.state.wallets.find((wallet) => wallet.phone === phone);
  }

  addWallet(wallet: Wallet) {
    this.state.wallets = this.state.wallets.filter((existing) => existing.phone !== wallet.phone);
    this.state.wallets.push(wallet);
    this.save();
  }

  removeWallet(phone: string): boolean {
    const before = this.state.wallets.length;
    this.state.wallets = this.state.wallets.filter((wallet) => wallet.phone !== phone);
    this.save();
    return this.state.wallets.length !== before;
  }
}
