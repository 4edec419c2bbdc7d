import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { FINAL_INVOICE_STATUSES, FINAL_PAYOUT_STATUSES, isIn } from "@/lib/statuses";
import { applyVerified } from "./apply-verified";
import { withExchange } from "./record-exchange";
import { loadSettlementRow } from "./settlement-row";
import { singleFlight } from "./single-flight";
import type { SettlementResult, SettlementRow } from "./types";

export type StatusGateway = Pick<
  LigdicashClient,
  "getPayinStatus" | "getClientPayoutStatus" | "getMerchantPayoutStatus"
>;

/** `kind`/`amount`: what the id turned out to be (null when unknown). `coalesced`: this caller
 * joined a verification already running for the same id in this process and shares its result
 * (reported as `already_applied` when the other caller applied it). */
export type VerifyResult = SettlementResult & {
  kind: SettlementRow["kind"] | null;
  amount: number | null;
  verifiedStatus: string | null;
  verifiedAmount: number | null;
  /** The status word LigdiCash answered when Caisse does not know it (verifiedStatus is then "pending"). */
  unknownStatus: string | null;
  coalesced?: boolean;
};

/**
 * Asks LigdiCash for an invoice's or payout's status with the token stored at creation, then
 * applies it. No call at all for a row already final, never sent, or unknown (nothing LigdiCash
 * could change). `expect`: the kind the caller is about (another kind answers not_found).
 * LigdiCash errors (timeouts, refusals) are thrown to the caller, who decides when to retry.
 *
 * A payout whose creation answer was lost has no token: it cannot be queried, and its callback
 * alone is never trusted — see lib/callbacks/unverifiable-payouts.ts for the rule.
 */
export async function verifyTransaction(
  db: PrismaClient,
  gateway: StatusGateway,
  id: string,
  expect?: SettlementRow["kind"],
): Promise<VerifyResult> {
  const { value, shared } = await singleFlight(`transaction:${id}`, () => verifyNow(db, gateway, id));
  if (expect && value.kind !== expect)
    return { ...value, result: "not_found", status: null, kind: null, amount: null };
  // A caller that joined another's verification did not apply anything itself: to it, the
  // transition was already applied (exactly one caller ever sees "applied").
  return shared
    ? { ...value, result: value.result === "applied" ? "already_applied" : value.result, coalesced: true }
    : value;
}

async function verifyNow(db: PrismaClient, gateway: StatusGateway, id: string): Promise<VerifyResult> {
  const row = await loadSettlementRow(db, id);
  const unverified = { verifiedStatus: null, verifiedAmount: null, unknownStatus: null };
  if (!row) return { result: "not_found", status: null, kind: null, amount: null, ...unverified };
  const found = { kind: row.kind, amount: row.amount, status: row.status };
  const final = isIn(row.kind === "invoice" ? FINAL_INVOICE_STATUSES : FINAL_PAYOUT_STATUSES, row.status);
  if (final) return { ...found, result: "already_applied", ...unverified };
  if (!row.token) return { ...found, result: "not_sent", ...unverified };
  const token = row.token;
  const verified =
    row.kind === "invoice"
      ? await withExchange(db, "payin_status", { token }, { invoiceId: id }, () =>
          gateway.getPayinStatus(token),
        )
      : await withExchange(db, `${row.destination}_payout_status`, { token }, { payoutId: id }, () =>
          row.destination === "wallet"
            ? gateway.getClientPayoutStatus(token)
            : gateway.getMerchantPayoutStatus(token),
        );
  const applied = await applyVerified(db, row, verified);
  return {
    ...found,
    ...applied,
    verifiedStatus: verified.status,
    verifiedAmount: verified.amount,
    unknownStatus: verified.unknownStatus,
  };
}
