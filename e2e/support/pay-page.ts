import type { Locator, Page } from "@playwright/test";

/**
 * The payment status the customer sees. The pay and return pages stream a checked status into a
 * Suspense boundary: until React swaps it in, the DOM holds two status blocks (the stored one,
 * visible, and the checked one in a hidden segment). Only the visible one is the page's answer.
 */
export function paymentStatus(page: Page): Locator {
  return page.getByTestId("payment-status").filter({ visible: true });
}
