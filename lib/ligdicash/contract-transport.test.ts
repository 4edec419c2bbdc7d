import { describe, expect, it } from "vitest";
import { startSimulator } from "@/simulator/server";
import { setupSimulator, caught, hostedInput, payoutInput } from "@/test/support/ligdicash/simulator-harness";

// Simulator faults (hang, 5xx, garbage, delay) and what the client makes of them: the
// outcomeUnknown signal payouts rely on, and retries for status checks only.

const ctx = setupSimulator();

describe("transport failures (simulator faults) and the never-send-twice signal", () => {
  it("a payout processed but never answered (hang) → timeout with outcomeUnknown, and the money did move", async () => {
    ctx.sim.controls.addFault({ kind: "hang", endpoints: ["E7"], count: 1, processed: true });
    const client = ctx.makeClient({ timeoutMs: 300 });
    const error = await caught(client.createMerchantPayout(payoutInput("LOST-1")));
    expect(error).toMatchObject({ name: "GatewayTimeoutError", outcomeUnknown: true });
    expect(ctx.sim.controls.transactions({ transactionId: "LOST-1" })).toHaveLength(1);
    expect(ctx.sim.controls.requests({ endpoint: "E7" })).toHaveLength(1); // not retried
  });

  it("a proxy 502 on a payout → GatewayHttpError with outcomeUnknown, sent once", async () => {
    ctx.sim.controls.addFault({ kind: "status", endpoints: ["E6"], status: 502, count: 1 });
    const error = await caught(
      ctx.makeClient().createClientPayout({ ...payoutInput("P-502"), destination: "wallet" }),
    );
    expect(error).toMatchObject({ name: "GatewayHttpError", httpStatus: 502, outcomeUnknown: true });
    expect(ctx.sim.controls.requests({ endpoint: "E6" })).toHaveLength(1);
  });

  it("an HTML page with HTTP 200 → GatewayInvalidResponseError with outcomeUnknown", async () => {
    ctx.sim.controls.addFault({ kind: "garbage", endpoints: ["E7"], count: 1, processed: true });
    const error = await caught(ctx.makeClient().createMerchantPayout(payoutInput("P-HTML")));
    expect(error).toMatchObject({
      name: "GatewayInvalidResponseError",
      reason: "not_json",
      outcomeUnknown: true,
    });
  });

  it("a slow answer within the timeout is a normal success", async () => {
    ctx.sim.controls.addFault({ kind: "delay", endpoints: ["E7"], count: 1, delayMs: 100 });
    await expect(ctx.makeClient().createMerchantPayout(payoutInput("P-SLOW"))).resolves.toMatchObject({
      operator: "moov_bf",
    });
  });

  it("status checks ride out two 503s and a garbage page", async () => {
    const client = ctx.makeClient({ statusRetry: { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5 } });
    const { token } = await client.createHostedPayin(hostedInput());
    ctx.sim.controls.addFault({ kind: "status", endpoints: ["E5"], status: 503, count: 2 });
    ctx.sim.controls.addFault({ kind: "garbage", endpoints: ["E5"], count: 1 });
    await expect(client.getPayinStatus(token)).resolves.toMatchObject({ status: "pending" });
    expect(ctx.sim.controls.requests({ endpoint: "E5" })).toHaveLength(4);
  });

  it("a status check that keeps hanging gives up after the configured attempts", async () => {
    const client = ctx.makeClient({ timeoutMs: 100 });
    ctx.sim.controls.addFault({ kind: "hang", endpoints: ["E8"] });
    const error = await caught(client.getClientPayoutStatus("t"));
    expect(error).toMatchObject({ name: "GatewayTimeoutError", outcomeUnknown: false });
    expect(ctx.sim.controls.requests({ endpoint: "E8" })).toHaveLength(3);
  });

  it.each([
    ["an HTML page with HTTP 200", { kind: "garbage" as const }],
    ["an empty HTTP 200", { kind: "garbage" as const, body: "" }],
    ["HTTP 404", { kind: "status" as const, status: 404 }],
  ])("merchant payout status: E9 answers %s → asked once, the E8 answer is used", async (_case, fault) => {
    const client = ctx.makeClient();
    const { token } = await client.createMerchantPayout(payoutInput("P-E9-GONE"));
    ctx.sim.controls.settle({ token, status: "completed" });
    ctx.sim.controls.addFault({ ...fault, endpoints: ["E9"] });
    await expect(client.getMerchantPayoutStatus(token)).resolves.toMatchObject({
      status: "completed",
      amount: 1000,
      source: "clientPayoutStatus",
    });
    expect(ctx.sim.controls.requests().map((request) => request.endpoint)).toEqual(["E7", "E9", "E8"]);
  });

  it("a server that is not there → GatewayNetworkError; nothing was sent, so the outcome is known", async () => {
    const closed = await startSimulator({ port: 0 });
    await closed.close();
    const error = await caught(
      ctx.makeClient({ baseUrl: closed.baseUrl }).createMerchantPayout(payoutInput("P-X")),
    );
    expect(error).toMatchObject({
      name: "GatewayNetworkError",
      outcomeUnknown: false,
      reason: "ECONNREFUSED",
    });
  });
});
