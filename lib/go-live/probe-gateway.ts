import "server-only";
import { configFromEnv, createLigdicashClient } from "@/lib/ligdicash/client";
import { LigdicashError } from "@/lib/ligdicash/ligdicash-error";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import type { GatewayProbes, ProbeOutcome } from "./check-gateway";

export type ProbeGateway = Pick<LigdicashClient, "getPayinStatus" | "getMerchantPayoutStatus">;

/**
 * A token no transaction can have: JWT-shaped like LigdiCash's own (docs/ligdicash-contract.md §2.5), so a server that
 * checks the shape before looking it up still reaches the look-up and answers "unknown token".
 */
export const MADE_UP_TOKEN = [{ typ: "JWT", alg: "HS256" }, { caisse: "go-live-check" }, "not-a-signature"]
  .map((part) => Buffer.from(typeof part === "string" ? part : JSON.stringify(part)).toString("base64url"))
  .join(".");

/** Short and asked once: the check runs while someone waits, and at start-up. */
export const PROBE_TIMEOUT_MS = 5_000;

/** The app's LigdiCash settings with the probe's timeout and no retries. */
export function probeClientFromEnv(): ProbeGateway {
  const config = configFromEnv();
  return createLigdicashClient({
    ...config,
    timeoutMs: Math.min(config.timeoutMs, PROBE_TIMEOUT_MS),
    statusRetry: { maxAttempts: 1 },
  });
}

async function outcomeOf(call: () => Promise<unknown>): Promise<ProbeOutcome> {
  try {
    await call();
    return { answered: true };
  } catch (error) {
    return { error: error instanceof LigdicashError ? error.code : "unexpected" };
  }
}

/** Two status queries, payin and payout, side by side. They move nothing and create nothing. */
export async function probeGateway(gateway: ProbeGateway, keysPresent: boolean): Promise<GatewayProbes> {
  if (!keysPresent) return { keysPresent, payin: { skipped: true }, payout: { skipped: true } };
  const [payin, payout] = await Promise.all([
    outcomeOf(() => gateway.getPayinStatus(MADE_UP_TOKEN)),
    outcomeOf(() => gateway.getMerchantPayoutStatus(MADE_UP_TOKEN)),
  ]);
  return { keysPresent, payin, payout };
}
