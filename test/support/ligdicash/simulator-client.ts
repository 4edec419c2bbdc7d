import { DEFAULT_API_KEY, DEFAULT_AUTH_TOKEN } from "@/simulator/server";
import { createLigdicashClient } from "@/lib/ligdicash/client";
import type { LigdicashClient, LigdicashConfig } from "@/lib/ligdicash/types";

/** A gateway client wired to a running simulator with its default credentials and the SDKs'
 * amount limits; tests, child processes and benchmarks override what they need. */
export function createSimulatorClient(
  baseUrl: string,
  overrides: Partial<LigdicashConfig> = {},
): LigdicashClient {
  return createLigdicashClient({
    baseUrl,
    apiKey: DEFAULT_API_KEY,
    authToken: DEFAULT_AUTH_TOKEN,
    timeoutMs: 5_000,
    minAmount: 20,
    maxAmount: 1_000_000,
    ...overrides,
  });
}
