import "server-only";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { CHECK_INTERVAL_MS, checkInvoiceIfDue } from "./check-invoice";
import { findPublicInvoice } from "./public-invoice";
import { invoiceDeps } from "./server-deps";

/** Least time between status queries when the customer lands back from LigdiCash. */
export const LANDING_CHECK_MS = 1_000;

/**
 * The customer's link, checked with LigdiCash first (at most every few seconds per invoice): a
 * page that says "payable" or "paid" says what LigdiCash verified, not what a URL claims.
 * Unknown link → the French 404 page. Return and cancel pages pass a shorter interval: landing
 * there is the moment the answer is most likely to have changed.
 */
export async function loadPayPage(publicId: string, checkIntervalMs = CHECK_INTERVAL_MS) {
  const { db, gateway } = invoiceDeps();
  const found = await findPublicInvoice(db, publicId);
  if (!found) notFound();
  const settled = found.view.state === "paid" || found.view.state === "notcompleted";
  const checked = !settled && (await checkInvoiceIfDue(db, gateway, found.internal.id, checkIntervalMs));
  const fresh = checked ? ((await findPublicInvoice(db, publicId)) ?? found) : found;
  return { invoice: fresh.view, merchant: env().STORE_NAME };
}
