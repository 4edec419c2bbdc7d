import { afterAll, beforeAll, beforeEach } from "vitest";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { startReceiver, type Receiver } from "@/simulator/testing/receiver";
import type { LigdicashError } from "@/lib/ligdicash/errors";
import { createSimulatorClient } from "./simulator-client";
import type { LigdicashConfig } from "@/lib/ligdicash/types";

/**
 * Contract-test setup: one simulator and one callback receiver per test file, reset before each
 * test, and a client wired to them with the simulator's default credentials.
 */
export function setupSimulator() {
  let sim: RunningSimulator | undefined;
  let receiver: Receiver | undefined;
  beforeAll(async () => {
    [sim, receiver] = await Promise.all([startSimulator({ port: 0 }), startReceiver()]);
  });
  afterAll(async () => {
    await Promise.all([sim?.close(), receiver?.close()]);
  });
  beforeEach(() => {
    sim?.controls.reset();
    if (receiver) receiver.received.length = 0;
  });

  const ready = () => {
    if (!sim || !receiver) throw new Error("simulator not started (use inside tests)");
    return { sim, receiver };
  };
  return {
    get sim() {
      return ready().sim;
    },
    get receiver() {
      return ready().receiver;
    },
    makeClient(overrides: Partial<LigdicashConfig> = {}) {
      const { sim: running, receiver: callbacks } = ready();
      return createSimulatorClient(running.baseUrl, {
        timeoutMs: 2000,
        store: { name: "Caisse test", websiteUrl: "https://caisse.example.org" },
        callbackUrl: callbacks.url,
        statusRetry: { baseDelayMs: 1, maxDelayMs: 5 },
        ...overrides,
      });
    },
    lastRequest(endpoint: "E1" | "E2" | "E5" | "E6" | "E7" | "E8" | "E9") {
      return ready().sim.controls.requests({ endpoint }).at(-1);
    },
  };
}

export type SimClient = ReturnType<ReturnType<typeof setupSimulator>["makeClient"]>;

/** Seeded wallet holders of the simulator. */
export const ORANGE_WALLET = "22676000001";
export const MOOV_WALLET = "22670000002";

export const hostedInput = (transactionId = "INV-1") => ({
  transactionId,
  amount: 12_500,
  description: "Commande 42",
  items: [
    { name: "Pagne", description: "6 yards", quantity: 2, unitPrice: 5000 },
    { name: "Livraison", quantity: 1, unitPrice: 2500 },
  ],
  payer: { firstname: "Awa", lastname: "Ouedraogo", email: "awa@example.org" },
  returnUrl: "https://caisse.example.org/pay/x/return",
  cancelUrl: "https://caisse.example.org/pay/x/cancel",
});

export const payoutInput = (transactionId: string, phone = MOOV_WALLET, amount = 1000) => ({
  transactionId,
  amount,
  description: "Remboursement",
  phone,
});

export const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as LigdicashError,
  );
