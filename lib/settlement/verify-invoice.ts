import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { applyVerifiedPayin, type SettlementResult } from "./apply-verified-payin";
import { withExchange } from "./record-exchange";
import { singleFlight } from "./single-flight";
import { FINAL_INVOICE_STATUSES } from "./transitions";

/** `coalesced`: this caller joined a verification already running for the same invoice in this
 * process and shares its result (reported as `already_applied` when the other caller applied it). */
export type VerifyResult = SettlementResult & { verifiedStatus: string | null; verifiedAmount: number | null; coalesced?: boolean };

/**
 * Asks LigdiCash for an invoice's status with the token stored at creation, then applies it.
 * No call at all for an invoice already final or never sent (nothing LigdiCash could change).
 * LigdiCash errors (timeouts, refusals) are thrown to the caller, who decides when to retry.
 */
export async function verifyInvoice(db: PrismaClient, gateway: Pick<LigdicashClient, "getPayinStatus">, invoiceId: string): Promise<VerifyResult> {
  const { value, shared } = await singleFlight(`invoice:${invoiceId}`, () => verifyInvoiceNow(db, gateway, invoiceId));
  // A caller that joined another's verification did not apply anything itself: to it, the
  // transition was already applied (exactly one caller ever sees "applied").
  return shared ? { ...value, result: value.result === "applied" ? "already_applied" : value.result, coalesced: true } : value;
}

async function verifyInvoiceNow(db: PrismaClient, gateway: Pick<LigdicashClient, "getPayinStatus">, invoiceId: string): Promise<VerifyResult> {
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId }, select: { status: true, gatewayToken: true } });
  if (!invoice) return { result: "not_found", status: null, verifiedStatus: null, verifiedAmount: null };
  if (FINAL_INVOICE_STATUSES.includes(invoice.status)) return { result: "already_applied", status: invoice.status, verifiedStatus: null, verifiedAmount: null };
  if (!invoice.gatewayToken) return { result: "not_sent", status: invoice.status, verifiedStatus: null, verifiedAmount: null };
  const token = invoice.gatewayToken;
  const verified = await withExchange(db, "payin_status", { token }, { invoiceId }, () => gateway.getPayinStatus(token));
  const applied = await applyVerifiedPayin(db, invoiceId, verified);
  return { ...applied, verifiedStatus: verified.status, verifiedAmount: verified.amount };
}
