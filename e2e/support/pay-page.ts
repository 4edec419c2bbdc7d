import { type Locator, type Page, expect } from "@playwright/test";

/**
 * The payment status the customer sees. The pay and return pages stream a checked status after
 * the page (an inert `<template>` the page's script swaps in, components/pay/live-script.ts):
 * only the visible block is the page's answer.
 */
export function paymentStatus(page: Page): Locator {
  return page.getByTestId("payment-status").filter({ visible: true });
}

/** Pays on the simulator's hosted page (LigdiCash's in production) with Orange Money. */
export async function payWithOrange(customer: Page) {
  await expect(customer.getByText("Simulateur LigdiCash")).toBeVisible();
  const orange = customer.getByRole("region", { name: "Orange Money" });
  await orange.getByLabel("Numéro Orange Money").fill("22676000001");
  await orange.getByLabel("Code de paiement (OTP)").fill("123456");
  await orange.getByRole("button", { name: /^Payer/ }).click();
  await customer.waitForURL(/\/pay\/[A-Za-z0-9_-]+\/return$/);
  await expect(paymentStatus(customer)).toHaveAttribute("data-state", "paid", {
    timeout: 15_000,
  });
}
