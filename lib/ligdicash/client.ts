import "server-only";
import { env } from "@/lib/env";
import type { AmountLimits } from "./amount-limits";
import type { ClientContext } from "./context";
import { CALLBACK_PATH } from "./endpoints";
import { createDirectPayin, createHostedPayin, getPayinStatus } from "./payin";
import {
  createClientPayout,
  createMerchantPayout,
  getClientPayoutStatus,
  getMerchantPayoutStatus,
} from "./payout";
import { DEFAULT_RETRY_POLICY, type RetryDeps } from "./retry";
import type { LigdicashClient, LigdicashConfig } from "./types";

export { CALLBACK_PATH } from "./endpoints";

const DEFAULT_STORE = { name: "Caisse", websiteUrl: "http://localhost:3000" };

/**
 * Builds a client from explicit configuration; nothing is read from the environment here.
 * `retryDeps` lets tests replace the backoff clock.
 */
export function createLigdicashClient(config: LigdicashConfig, retryDeps: RetryDeps = {}): LigdicashClient {
  const ctx: ClientContext = {
    transport: {
      baseUrl: new URL(config.baseUrl).href.replace(/\/?$/, "/"),
      apiKey: config.apiKey,
      authToken: config.authToken,
      timeoutMs: config.timeoutMs,
      fetch: config.fetch ?? globalThis.fetch.bind(globalThis),
    },
    limits: { minAmount: config.minAmount, maxAmount: config.maxAmount },
    store: config.store ?? DEFAULT_STORE,
    callbackUrl: config.callbackUrl,
    retry: { ...DEFAULT_RETRY_POLICY, ...config.statusRetry },
    retryDeps,
  };
  return {
    createHostedPayin: (input) => createHostedPayin(ctx, input),
    createDirectPayin: (input) => createDirectPayin(ctx, input),
    createClientPayout: (input) => createClientPayout(ctx, input),
    createMerchantPayout: (input) => createMerchantPayout(ctx, input),
    getPayinStatus: (token) => getPayinStatus(ctx, token),
    getClientPayoutStatus: (token) => getClientPayoutStatus(ctx, token),
    getMerchantPayoutStatus: (token) => getMerchantPayoutStatus(ctx, token),
  };
}

/** The configuration the app runs with, from `env()`. */
export function configFromEnv(): LigdicashConfig {
  const e = env();
  return {
    baseUrl: e.LIGDICASH_BASE_URL,
    apiKey: e.LIGDICASH_API_KEY,
    authToken: e.LIGDICASH_AUTH_TOKEN,
    timeoutMs: e.LIGDICASH_TIMEOUT_MS,
    minAmount: e.LIGDICASH_MIN_AMOUNT,
    maxAmount: e.LIGDICASH_MAX_AMOUNT,
    store: { name: e.STORE_NAME, websiteUrl: e.STORE_WEBSITE_URL },
    callbackUrl: new URL(CALLBACK_PATH, e.CAISSE_PUBLIC_URL).href,
  };
}

/** The amounts LigdiCash accepts in this installation, for the schemas and forms (see amount-limits.ts). */
export function configuredAmountLimits(): AmountLimits {
  const e = env();
  return { minAmount: e.LIGDICASH_MIN_AMOUNT, maxAmount: e.LIGDICASH_MAX_AMOUNT };
}

let defaultClient: LigdicashClient | undefined;

/** The app's client, built on first use (no work at import time). */
export function ligdicash(): LigdicashClient {
  defaultClient ??= createLigdicashClient(configFromEnv());
  return defaultClient;
}
