import "server-only";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { CHECK_INTERVAL_MS, checkInvoiceIfDue } from "./check-invoice";
import { findPublicInvoice, type PublicInvoice } from "./public-invoice";
import { invoiceDeps } from "./server-deps";

/** Least time between status queries when the customer lands back from LigdiCash. */
export const LANDING_CHECK_MS = 1_000;

/**
 * The customer's link as stored — every state in it came from LigdiCash's verified answers, so
 * the page can show it at once, before any status query. Unknown link → the French 404 page.
 */
export async function loadPayPage(publicId: string) {
  const found = await findPublicInvoice(invoiceDeps().db, publicId);
  if (!found) notFound();
  return { invoice: found.view, merchant: env().STORE_NAME };
}

/**
 * Asks LigdiCash about the link (at most once per interval per invoice, whoever asks) and answers
 * its state afterwards. Pages call it inside a Suspense boundary: the first byte never waits for
 * LigdiCash. Return and cancel pages pass a shorter interval: landing there is the moment the
 * answer is most likely to have changed.
 */
export async function checkPayLink(
  publicId: string,
  checkIntervalMs = CHECK_INTERVAL_MS,
): Promise<PublicInvoice | null> {
  const { db, gateway } = invoiceDeps();
  const found = await findPublicInvoice(db, publicId);
  if (!found) return null;
  const settled = found.view.state === "paid" || found.view.state === "notcompleted";
  const checked = !settled && (await checkInvoiceIfDue(db, gateway, found.internal.id, checkIntervalMs));
  return checked ? ((await findPublicInvoice(db, publicId))?.view ?? found.view) : found.view;
}
