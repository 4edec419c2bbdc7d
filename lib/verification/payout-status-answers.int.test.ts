import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startCallbackEndpoint, type CallbackEndpoint } from "@/test/support/callbacks/callback-endpoint";
import { AppError } from "@/lib/http/app-error";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { requestPayout } from "@/lib/payouts/request-payout";
import { sendPayout } from "@/lib/payouts/send-payout";
import { createPaidInvoice, refundInput } from "@/test/support/payouts/refund-fixtures";
import { reconcilePending } from "@/lib/reconciliation/reconcile-pending";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { verifyTransaction } from "./verify-transaction";

// Payout status answers off the beaten path, through the real callback and reconciliation code.
// A status word Caisse does not know (docs/ligdicash-contract.md §6) is not a verdict: a refund LigdiCash describes
// with one stays pending — its amount still reserved on the invoice — is flagged for staff, and is
// asked about again until LigdiCash says something Caisse understands. The docs' minimal payout
// answer (docs/ligdicash-contract.md §4.8) has no amount: the verdict says the amount could not be checked.

const { db } = withTestDb(30);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let endpoint: CallbackEndpoint;
let finance: { id: string; email: string };

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  endpoint = await startCallbackEndpoint(db(), createSimulatorClient(sim.baseUrl));
  gateway = createSimulatorClient(sim.baseUrl, { callbackUrl: endpoint.url });
  finance = await db().user.create({
    data: { email: "finance@test.bf", name: "F", role: "finance", passwordHash: "x" },
    select: { id: true, email: true },
  });
});
afterAll(async () => {
  await endpoint.close();
  await sim.close();
});
beforeEach(() => sim.controls.reset());

/** A refund of the whole invoice, sent: pending at LigdiCash with its token stored. */
async function sentRefund(amount: number) {
  const invoice = await createPaidInvoice(db(), finance.id, amount);
  const { payout } = await requestPayout(
    { db: db(), actor: finance, ip: null },
    refundInput(invoice.id, amount),
  );
  const sent = await sendPayout({ db: db(), gateway, actor: finance }, { payoutId: payout.id });
  expect(sent).toMatchObject({ status: "pending" });
  if (!sent?.gatewayToken) throw new Error("the refund was not sent");
  return { invoice, payoutId: payout.id, token: sent.gatewayToken };
}

async function refusalRule(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof AppError) return String(error.details?.rule);
    throw error;
  }
}

const statusCalls = () => sim.controls.requests({ endpoint: "E8" }).length;
const payoutRow = (id: string) => db().payout.findUniqueOrThrow({ where: { id } });

describe("a status word Caisse does not know", () => {
  it("never frees a refund's amount, flags the payout and its callback, and is asked again later", async () => {
    const { invoice, payoutId, token } = await sentRefund(8_000);
    sim.controls.setStatusAnswer({ token, status: "reversed" });

    // A callback claiming failure: verification asks LigdiCash, which answers the unknown word.
    await sim.controls.sendCallback({ token, status: "notcompleted" });
    await endpoint.idle();
    expect(await payoutRow(payoutId)).toMatchObject({
      status: "pending",
      unknownGatewayStatus: "reversed",
      settledAt: null,
    });
    const deliveries = await db().callbackDelivery.findMany({ where: { payoutId } });
    expect(deliveries.length).toBeGreaterThan(0);
    for (const delivery of deliveries)
      expect(delivery).toMatchObject({
        outcome: "flagged",
        flagReason: "unknown_gateway_status:reversed",
        verifiedStatus: "pending",
      });
    // The amount is still reserved: the invoice cannot be refunded a second time.
    expect(
      await refusalRule(
        requestPayout({ db: db(), actor: finance, ip: null }, refundInput(invoice.id, 8_000)),
      ),
    ).toBe("refund_exceeds");
    expect(await db().ledgerJournal.count({ where: { payoutId } })).toBe(0);

    // Reconciliation keeps asking on its schedule; the word is still unknown, nothing changes.
    const first = new Date(Date.now() + 2 * 60_000);
    const calls = statusCalls();
    expect((await reconcilePending(db(), gateway, { now: first })).checked).toBeGreaterThanOrEqual(1);
    expect(statusCalls()).toBe(calls + 1);
    const checked = await payoutRow(payoutId);
    expect(checked).toMatchObject({ status: "pending", unknownGatewayStatus: "reversed" });
    expect(checked.nextCheckAt!.getTime()).toBeGreaterThan(first.getTime());

    // Once LigdiCash answers a word Caisse knows, it is applied and the flag goes.
    sim.controls.setStatusAnswer({ token, status: null });
    sim.controls.setCallbackBehaviour({ mode: "never" });
    sim.controls.settle({ token, status: "notcompleted" });
    await reconcilePending(db(), gateway, { now: new Date(checked.nextCheckAt!.getTime() + 1_000) });
    expect(await payoutRow(payoutId)).toMatchObject({ status: "notcompleted", unknownGatewayStatus: null });
    expect(
      await refusalRule(
        requestPayout({ db: db(), actor: finance, ip: null }, refundInput(invoice.id, 8_000)),
      ),
    ).toBeNull();
  });

  it("concurrent verifications on an unknown word: the payout stays pending, never failed", async () => {
    const { payoutId, token } = await sentRefund(5_000);
    sim.controls.setStatusAnswer({ token, status: "FAILED_BY_OPERATOR" });
    const results = await Promise.all(
      Array.from({ length: 20 }, () => verifyTransaction(db(), gateway, payoutId, "payout")),
    );
    expect(
      results.every((r) => r.result === "still_pending" && r.unknownStatus === "FAILED_BY_OPERATOR"),
    ).toBe(true);
    expect(await payoutRow(payoutId)).toMatchObject({
      status: "pending",
      unknownGatewayStatus: "FAILED_BY_OPERATOR",
    });
  });

  it("a documented spelling of failure is still a failure (cancelled)", async () => {
    const { payoutId, token } = await sentRefund(3_000);
    sim.controls.setStatusAnswer({ token, status: "cancelled" });
    expect(await verifyTransaction(db(), gateway, payoutId, "payout")).toMatchObject({
      result: "applied",
      status: "notcompleted",
    });
    expect(await payoutRow(payoutId)).toMatchObject({ status: "notcompleted", unknownGatewayStatus: null });
  });
});

describe("the docs' minimal payout status answer (no amount)", () => {
  it("applies the verified status and says on the callback's verdict that LigdiCash gave no amount", async () => {
    const { payoutId, token } = await sentRefund(4_000);
    sim.controls.setStatusAnswer({ token, minimal: true });
    sim.controls.settle({ token, status: "completed" });
    await sim.controls.callbacksIdle();
    await endpoint.idle();
    expect(await payoutRow(payoutId)).toMatchObject({ status: "completed" });
    const deliveries = await db().callbackDelivery.findMany({
      where: { payoutId },
      orderBy: { receivedAt: "asc" },
    });
    expect(deliveries.length).toBeGreaterThan(0);
    expect(deliveries.filter((d) => d.outcome === "applied")).toHaveLength(1);
    const verdicts = deliveries.filter((d) => d.verifiedStatus === "completed");
    expect(verdicts.length).toBeGreaterThan(0);
    for (const delivery of verdicts)
      expect(delivery).toMatchObject({ flagReason: "amount_not_provided", verifiedAmount: null });
  });
});
