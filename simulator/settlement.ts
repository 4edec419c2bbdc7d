import type { SimContext } from "./context";
import { isBurkinaPhone, operatorOfPhone, type OperatorKey } from "./operators";
import type { Claim } from "./payloads";
import { isPayin, type Transaction, type TxStatus } from "./state";
import { newOperatorReference } from "./tokens";

// Moving a transaction out of `pending` — from the checkout page, a control or auto-settle — and
// everything that follows: balances, then the callbacks (in the background).

export type FinalStatus = Exclude<TxStatus, "pending">;

export type SettleInput = {
  status: FinalStatus;
  /** Payins: operator the customer paid with (default: the payer's, or Orange BF). */
  operator?: OperatorKey;
  /** Payins: number that paid (default: `invoice.customer`, else the operator's default payer). */
  phone?: string;
};

/** A control/settlement refusal, with the HTTP status the control API answers. */
export class SimulatorError extends Error {
  constructor(
    readonly code: "not_found" | "conflict" | "invalid",
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** Numbers that "pay" a hosted invoice settled by a control without a phone (README). */
export const DEFAULT_PAYERS: Readonly<Partial<Record<OperatorKey, string>>> = {
  orange_bf: "22676000001",
  moov_bf: "22670000002",
};

function resolvePayer(tx: Transaction, input: SettleInput): { operator: OperatorKey; payer: string } {
  const phone =
    tx.kind === "payin_direct"
      ? tx.requestedCustomer
      : (input.phone ?? (tx.requestedCustomer || DEFAULT_PAYERS[input.operator ?? "orange_bf"]));
  if (!phone || !isBurkinaPhone(phone)) {
    throw new SimulatorError("invalid", `payer phone must be 226 + 8 digits, got ${String(phone)}`, 422);
  }
  const operator = operatorOfPhone(phone);
  if (!operator?.supported) throw new SimulatorError("invalid", `no supported operator for ${phone}`, 422);
  if (input.operator && input.operator !== operator.key) {
    throw new SimulatorError("invalid", `${phone} belongs to ${operator.key}, not ${input.operator}`, 422);
  }
  return { operator: operator.key, payer: phone };
}

/** Settles a pending transaction; `completed`/`notcompleted` are final (docs/ligdicash-contract.md §6). */
export function settleTransaction(sim: SimContext, tx: Transaction, input: SettleInput): Transaction {
  if (tx.status !== "pending") {
    throw new SimulatorError(
      "conflict",
      `${tx.requestId} is already ${tx.status}; final states never change`,
      409,
    );
  }
  if (isPayin(tx.kind)) {
    const wantsPayer =
      input.status === "completed" || input.phone !== undefined || input.operator !== undefined;
    if (wantsPayer) {
      const { operator, payer } = resolvePayer(tx, input);
      tx.operator = operator;
      tx.payer = payer;
    }
    // A completed payin credits the merchant sub-account of the payer's operator (no fees).
    if (input.status === "completed" && tx.operator) {
      tx.operatorReference = newOperatorReference();
      sim.store.adjustBalance(tx.operator, tx.amount);
    }
  } else if (input.status === "notcompleted" && tx.operator) {
    // Payouts were debited at creation (like LigdiCash); a failed one gives the money back.
    sim.store.adjustBalance(tx.operator, tx.amount);
  }
  tx.status = input.status;
  tx.settledAt = new Date().toISOString();
  sim.store.save();
  sim.log(`${tx.requestId} ${tx.kind} → ${tx.status}`);
  void sim.callbacks.dispatch(tx, { reason: "settlement" });
  return tx;
}

/** What a forged callback claims about a transaction that is still pending. */
export function forgedClaim(tx: Transaction, status: FinalStatus): Claim {
  if (!isPayin(tx.kind) || status === "notcompleted")
    return { status, operator: tx.operator, payer: tx.payer };
  const requested = operatorOfPhone(tx.requestedCustomer);
  if (requested?.supported) return { status, operator: requested.key, payer: tx.requestedCustomer };
  return { status, operator: "orange_bf", payer: DEFAULT_PAYERS.orange_bf ?? null };
}

/** Hooks run after every creation: forged callbacks and auto-settlement (simulator-only). */
export function afterCreate(sim: SimContext, tx: Transaction) {
  const forge = sim.settings.callbacks.forgeOnCreate;
  if (forge) void sim.callbacks.dispatch(tx, { reason: "forged", claim: forgedClaim(tx, forge) });

  const auto = sim.settings.autoSettle;
  if (!auto.enabled || !auto.kinds.includes(tx.kind)) return;
  const timer = setTimeout(() => {
    sim.timers.delete(timer);
    if (tx.status !== "pending") return;
    try {
      settleTransaction(sim, tx, { status: auto.status });
    } catch (error) {
      sim.log(`auto-settle of ${tx.requestId} failed: ${(error as Error).message}`);
    }
  }, auto.delayMs);
  timer.unref();
  sim.timers.add(timer);
}
