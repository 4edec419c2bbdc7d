import { describe, expect, it } from "vitest";
import { parseCallbackBody } from "./parse-callback";
import {
  clientPayoutRequest,
  directPayinRequest,
  hostedPayinRequest,
  merchantPayoutRequest,
  requestHeaders,
} from "@/test/support/ligdicash/contract-request-schemas";
import {
  setupSimulator,
  ORANGE_WALLET,
  hostedInput,
  payoutInput,
} from "@/test/support/ligdicash/simulator-harness";

// The client against the LigdiCash simulator (simulator/): every operation, the recorded request
// bodies checked against strict schemas written from the contract document, and the simulator's
// callbacks read back. Refusals: contract-errors.test.ts; transport faults: contract-transport.test.ts.

const ctx = setupSimulator();

describe("request bodies match the contract exactly (strict schemas from docs/ligdicash-contract.md)", () => {
  it("E1 hosted payin", async () => {
    await ctx.makeClient().createHostedPayin(hostedInput());
    const request = ctx.lastRequest("E1");
    expect(request?.method).toBe("POST");
    expect(hostedPayinRequest.parse(request?.body)).toBeTruthy();
    expect(requestHeaders.parse(request?.headers)).toMatchObject({
      apikey: "sim-api-key",
      authorization: "Bearer sim-auth-token",
    });
  });

  it("E2 direct payin (Orange with OTP, Moov by push)", async () => {
    const client = ctx.makeClient();
    await client.createDirectPayin({ ...payoutInput("D-1", "76112233"), description: "x", otp: "123456" });
    expect(directPayinRequest.parse(ctx.lastRequest("E2")?.body).commande.invoice.otp).toBe("123456");
    await client.createDirectPayin({ ...payoutInput("D-2", "70112233"), description: "x" });
    expect(directPayinRequest.parse(ctx.lastRequest("E2")?.body).commande.invoice.otp).toBe("");
    expect(requestHeaders.safeParse(ctx.lastRequest("E2")?.headers).success).toBe(true);
  });

  it("E6 client payout", async () => {
    await ctx.makeClient().createClientPayout({ ...payoutInput("P-1"), destination: "wallet" });
    expect(clientPayoutRequest.parse(ctx.lastRequest("E6")?.body).commande.top_up_wallet).toBe(1);
    expect(requestHeaders.safeParse(ctx.lastRequest("E6")?.headers).success).toBe(true);
  });

  it("E7 merchant payout", async () => {
    await ctx.makeClient().createMerchantPayout(payoutInput("P-2", "76112233"));
    expect(merchantPayoutRequest.parse(ctx.lastRequest("E7")?.body)).toBeTruthy();
    expect(requestHeaders.safeParse(ctx.lastRequest("E7")?.headers).success).toBe(true);
  });

  it("status checks: GET, no body, the SDKs' parameter names and trailing slashes", async () => {
    const client = ctx.makeClient();
    const { token: invoice } = await client.createHostedPayin(hostedInput());
    const { token: wallet } = await client.createClientPayout({
      ...payoutInput("P-3"),
      destination: "mobile_money",
    });
    const { token: straight } = await client.createMerchantPayout(payoutInput("P-4"));
    await client.getPayinStatus(invoice);
    await client.getClientPayoutStatus(wallet);
    await client.getMerchantPayoutStatus(straight);
    const reads = [ctx.lastRequest("E5"), ctx.lastRequest("E8"), ctx.lastRequest("E9")];
    expect(reads.map((request) => [request?.method, request?.path, request?.query, request?.body])).toEqual([
      ["GET", "/pay/v01/redirect/checkout-invoice/confirm/", { invoiceToken: invoice }, null],
      ["GET", "/pay/v01/withdrawal/confirm/", { withdrawalToken: wallet }, null],
      ["GET", "/pay/v01/straight/payout/confirm/", { payoutToken: straight }, null],
    ]);
    for (const request of reads) expect(requestHeaders.safeParse(request?.headers).success).toBe(true);
  });
});

describe("operations, end to end", () => {
  it("hosted payin: created pending, then completed once the customer pays", async () => {
    const client = ctx.makeClient();
    const created = await client.createHostedPayin(hostedInput("INV-7"));
    expect(created.paymentUrl.startsWith(`${ctx.sim.origin}/pay/invoice/`)).toBe(true);
    expect(await client.getPayinStatus(created.token)).toMatchObject({
      status: "pending",
      amount: 12_500,
      operator: null,
      transactionId: "INV-7",
    });
    ctx.sim.controls.settle({
      token: created.token,
      status: "completed",
      operator: "moov_bf",
      phone: "22670112233",
    });
    expect(await client.getPayinStatus(created.token)).toMatchObject({
      status: "completed",
      amount: 12_500,
      operatorId: "12",
      operatorName: "MOOV AFRICA BURKINA",
      operator: "moov_bf",
      payerPhone: "22670112233",
      transactionId: "INV-7",
      requestId: expect.stringMatching(/^P\d+$/),
    });
  });

  it("direct payin: Orange with OTP, failed payment reads notcompleted", async () => {
    const client = ctx.makeClient();
    const created = await client.createDirectPayin({
      ...payoutInput("D-7", "+226 76 11 22 33", 500),
      description: "x",
      otp: "654321",
    });
    expect(created).toMatchObject({
      message: "Votre requête est en cours de traitement",
      redirectUrl: null,
      operator: "orange_bf",
    });
    ctx.sim.controls.settle({ token: created.token, status: "notcompleted" });
    expect(await client.getPayinStatus(created.token)).toMatchObject({
      status: "notcompleted",
      transactionId: "D-7",
    });
  });

  it.each([
    ["wallet", 1],
    ["mobile_money", 0],
  ] as const)(
    "client payout to the %s: top_up_wallet %d reaches LigdiCash, status via E8",
    async (destination, topUp) => {
      const client = ctx.makeClient();
      const created = await client.createClientPayout({
        ...payoutInput(`W-${destination}`, ORANGE_WALLET, 2000),
        destination,
      });
      expect(ctx.sim.controls.transaction({ token: created.token })).toMatchObject({
        topUpWallet: topUp,
        kind: "payout_client",
      });
      expect(await client.getClientPayoutStatus(created.token)).toMatchObject({
        status: "pending",
        amount: 2000,
      });
      ctx.sim.controls.settle({ token: created.token, status: "completed" });
      expect(await client.getClientPayoutStatus(created.token)).toMatchObject({
        status: "completed",
        amount: 2000,
        operator: "orange_bf",
        transactionId: `W-${destination}`,
        source: "clientPayoutStatus",
      });
    },
  );

  it("merchant payout: debits the recipient operator's sub-account, status via E9", async () => {
    const client = ctx.makeClient();
    const before = ctx.sim.controls.balances();
    const created = await client.createMerchantPayout(payoutInput("M-1", "70 11 22 33", 3000));
    expect(ctx.sim.controls.balances().moov_bf).toBe((before.moov_bf ?? 0) - 3000);
    ctx.sim.controls.settle({ token: created.token, status: "completed" });
    expect(await client.getMerchantPayoutStatus(created.token)).toMatchObject({
      status: "completed",
      amount: 3000,
      operator: "moov_bf",
      transactionId: "M-1",
      source: "merchantPayoutStatus",
    });
    expect(ctx.sim.controls.requests({ endpoint: "E8" })).toHaveLength(0);
  });
});

describe("callbacks from the simulator read with parseCallbackBody", () => {
  it("a payin callback: two copies (JSON and form), same claim, our transaction id", async () => {
    const client = ctx.makeClient();
    const { token } = await client.createDirectPayin({
      ...payoutInput("CB-IN", "70112233", 700),
      description: "x",
    });
    ctx.sim.controls.settle({ token, status: "completed" });
    const deliveries = await ctx.receiver.waitFor(2);
    const claims = deliveries.map((delivery) => parseCallbackBody(delivery.body, delivery.contentType));
    expect(claims.map((result) => (result.ok ? result.claim.format : result.reason)).sort()).toEqual([
      "form",
      "json",
    ]);
    for (const result of claims) {
      expect(result).toMatchObject({
        ok: true,
        claim: {
          transactionId: "CB-IN",
          claimedStatus: "completed",
          claimedAmount: 700,
          kindHint: "payin",
          operator: "moov_bf",
        },
      });
    }
  });

  it("a payout callback: payout hint, string amount, its own token", async () => {
    const client = ctx.makeClient();
    const { token } = await client.createClientPayout({
      ...payoutInput("CB-OUT", ORANGE_WALLET, 900),
      destination: "wallet",
    });
    ctx.sim.controls.settle({ token, status: "notcompleted" });
    const deliveries = await ctx.receiver.waitFor(2);
    for (const delivery of deliveries) {
      const result = parseCallbackBody(delivery.body, delivery.contentType);
      expect(result).toMatchObject({
        ok: true,
        claim: {
          transactionId: "CB-OUT",
          claimedStatus: "notcompleted",
          claimedAmount: 900,
          kindHint: "payout",
          operator: "orange_bf",
        },
      });
      if (result.ok) expect(result.claim.callbackToken).not.toBe(token);
    }
  });
});
