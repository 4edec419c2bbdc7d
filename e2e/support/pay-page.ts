import type { Locator, Page } from "@playwright/test";

/**
 * The payment status the customer sees. The pay and return pages stream a checked status after
 * the page (an inert `<template>` the page's script swaps in, components/pay/live-script.ts):
 * only the visible block is the page's answer.
 */
export function paymentStatus(page: Page): Locator {
  return page.getByTestId("payment-status").filter({ visible: true });
}
