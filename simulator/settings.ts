import type { OperatorKey } from "./operators";
import type { TxKind, TxStatus } from "./state";

// Runtime knobs of the simulator. Not persisted: a restart (or POST /_sim/reset) returns to these
// defaults, so a test never inherits a fault or a switch from an earlier run.

/** Merchant-project switches LigdiCash controls on its side (docs/ligdicash-contract.md §5 sub-codes 00/01/03/06/14). */
export type MerchantSwitches = {
  /**
   * false = the project's keys were regenerated or revoked on LigdiCash's side: the key and token
   * Caisse sends no longer match, and every request is refused with Code00 (docs/ligdicash-contract.md §2.1).
   */
  keysValid: boolean;
  payinEnabled: boolean;
  payoutEnabled: boolean;
  /** false = our server IP is not whitelisted. */
  ipAllowed: boolean;
  /**
   * The sub-code E7 answers for a refused IP: "14" (SDK tables, default) or "06" (the docs'
   * common-errors page) — docs/ligdicash-contract.md §5.4 conflict; the real server's choice is unknown.
   */
  merchantPayoutIpDeniedCode: "14" | "06";
};

/**
 * Amount limits. SDKs say [20; 1,000,000] for payins and payouts; the docs say 9–2,000,000 and
 * give per-operator payin minimums (docs/ligdicash-contract.md §9, conflict). Defaults follow the SDKs; change them
 * through the controls.
 */
export type Limits = {
  payinMin: number;
  payinMax: number;
  payoutMin: number;
  payoutMax: number;
  operatorPayinMin: Partial<Record<OperatorKey, number>>;
};

/** How settlement callbacks are delivered (docs/ligdicash-contract.md §7 describes the `normal` case). */
export type CallbackBehaviour = {
  /** Which of the two copies goes first (the order is unspecified by LigdiCash). */
  order: "json-first" | "form-first";
  /** How many times each copy is posted (1 = normal). */
  copies: number;
  /** Wait before the first post. */
  delayMs: number;
  /** false = callbacks are never sent (recorded as dropped). */
  deliver: boolean;
  /** When set, every created transaction immediately gets a callback claiming this status
   * although it is still pending — a forged/premature notification. */
  forgeOnCreate: Exclude<TxStatus, "pending"> | null;
  /** Payin callback `token`: "" as in the docs example (docs/ligdicash-contract.md §7), or a fresh JWT. */
  payinToken: "empty" | "jwt";
};

/** Settles new transactions by itself after a delay (demo convenience; off by default). */
export type AutoSettle = {
  enabled: boolean;
  status: Exclude<TxStatus, "pending">;
  delayMs: number;
  kinds: TxKind[];
};

/**
 * How the status endpoints (E5, E8/E9) describe one transaction, when a test wants something
 * else than the full answer of its true state. The transaction itself is unchanged.
 * - `status`: the word to answer instead of the true one — e.g. a word no source documents.
 * - `minimal`: payouts answer only the fields the docs list (docs/ligdicash-contract.md §4.8: no amount, montant,
 *   transaction_id, external_id…); payins answer without amount and montant.
 */
export type StatusAnswer = { status: string | null; minimal: boolean };

export type Settings = {
  merchant: MerchantSwitches;
  limits: Limits;
  /** By creation token. */
  statusAnswers: Record<string, StatusAnswer>;
  callbacks: CallbackBehaviour;
  autoSettle: AutoSettle;
};

export function defaultSettings(): Settings {
  return {
    merchant: {
      keysValid: true,
      payinEnabled: true,
      payoutEnabled: true,
      ipAllowed: true,
      merchantPayoutIpDeniedCode: "14",
    },
    limits: {
      payinMin: 20,
      payinMax: 1_000_000,
      payoutMin: 20,
      payoutMax: 1_000_000,
      operatorPayinMin: { orange_bf: 10, moov_bf: 100 },
    },
    statusAnswers: {},
    callbacks: defaultCallbackBehaviour(),
    autoSettle: {
      enabled: false,
      status: "completed",
      delayMs: 3000,
      kinds: ["payin_direct", "payout_client", "payout_merchant"],
    },
  };
}

export function defaultCallbackBehaviour(): CallbackBehaviour {
  return {
    order: "json-first",
    copies: 1,
    delayMs: 0,
    deliver: true,
    forgeOnCreate: null,
    payinToken: "empty",
  };
}

/** The named modes of the brief, as shorthands for a behaviour. */
export type CallbackMode = "normal" | "reversed" | "duplicated" | "late" | "never" | "forged";

export function behaviourForMode(
  mode: CallbackMode,
  options: { copies?: number; delayMs?: number; status?: Exclude<TxStatus, "pending"> } = {},
): CallbackBehaviour {
  const base = defaultCallbackBehaviour();
  switch (mode) {
    case "normal":
      return base;
    case "reversed":
      return { ...base, order: "form-first" };
    case "duplicated":
      return { ...base, copies: options.copies ?? 2 };
    case "late":
      return { ...base, delayMs: options.delayMs ?? 2000 };
    case "never":
      return { ...base, deliver: false };
    case "forged":
      return { ...base, forgeOnCreate: options.status ?? "completed" };
  }
}

/** Minimum payin amount once the operator is known. */
export function payinMinimum(limits: Limits, operator: OperatorKey | null): number {
  const operatorMin = operator ? (limits.operatorPayinMin[operator] ?? 0) : 0;
  return Math.max(limits.payinMin, operatorMin);
}
