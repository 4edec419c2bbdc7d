import "server-only";
import { env } from "@/lib/env";
import type { OperationContext } from "@/lib/http/request-context";
import type { StatusGateway } from "@/lib/verification/verify-transaction";
import { CHECK_INTERVAL_MS, checkInvoiceIfDue } from "./check-invoice";
import { findPublicInvoice, type PublicInvoice } from "./public-invoice";
import { appServices } from "@/lib/app-services";

/** Least time between status queries when the customer lands back from LigdiCash. */
export const LANDING_CHECK_MS = 1_000;

/**
 * A customer's link, checked with LigdiCash first (at most every `intervalMs` per invoice, whoever
 * asks): what it says is what LigdiCash verified, not what a URL claims. Null for an unknown link.
 */
export async function checkPublicInvoice(
  ctx: Pick<OperationContext, "db"> & { gateway: StatusGateway },
  { publicId, intervalMs = CHECK_INTERVAL_MS }: { publicId: string; intervalMs?: number },
): Promise<PublicInvoice | null> {
  const found = await findPublicInvoice(ctx.db, publicId);
  if (!found) return null;
  const settled = found.view.state === "paid" || found.view.state === "notcompleted";
  const checked = !settled && (await checkInvoiceIfDue(ctx, { invoiceId: found.internal.id, intervalMs }));
  return checked ? ((await findPublicInvoice(ctx.db, publicId)) ?? found).view : found.view;
}

/**
 * The customer's link as stored — every state in it came from LigdiCash's verified answers, so
 * the page can show it at once, before any status query. Null for an unknown link (the page's 404).
 */
export async function loadPayPage(publicId: string) {
  const found = await findPublicInvoice(appServices().db, publicId);
  return found ? { invoice: found.view, merchant: env().STORE_NAME } : null;
}

/**
 * Asks LigdiCash about the link, then answers its state. Pages stream it after their body
 * (components/pay/pay-document.ts): the first byte never waits for LigdiCash. Return and cancel pages pass a shorter interval:
 * landing there is the moment the answer is most likely to have changed.
 */
export function checkPayLink(
  publicId: string,
  intervalMs = CHECK_INTERVAL_MS,
): Promise<PublicInvoice | null> {
  return checkPublicInvoice(appServices(), { publicId, intervalMs });
}
