import { describe, expect, it } from "vitest";
import {
  setupSimulator,
  caught,
  hostedInput,
  payoutInput,
  type SimClient,
} from "@/test/support/ligdicash/simulator-harness";

// Every LigdiCash refusal the simulator can produce, through the real client (docs/ligdicash-contract.md §5).

const ctx = setupSimulator();

describe("every LigdiCash refusal the simulator produces", () => {
  type Case = [string, () => void, (client: SimClient) => Promise<unknown>, string, string];
  const cases: Case[] = [
    [
      "payins disabled (E1)",
      () => ctx.sim.controls.setMerchant({ payinEnabled: false }),
      (c) => c.createHostedPayin(hostedInput()),
      "MerchantPayinDisabledError",
      "01",
    ],
    [
      "payins disabled (E2)",
      () => ctx.sim.controls.setMerchant({ payinEnabled: false }),
      (c) => c.createDirectPayin({ ...payoutInput("D"), description: "x" }),
      "MerchantPayinDisabledError",
      "01",
    ],
    [
      "IP not allowed (E1)",
      () => ctx.sim.controls.setMerchant({ ipAllowed: false }),
      (c) => c.createHostedPayin(hostedInput()),
      "IpDeniedError",
      "03",
    ],
    [
      "IP not allowed (E6)",
      () => ctx.sim.controls.setMerchant({ ipAllowed: false }),
      (c) => c.createClientPayout({ ...payoutInput("P"), destination: "wallet" }),
      "IpDeniedError",
      "06",
    ],
    [
      "IP not allowed (E7)",
      () => ctx.sim.controls.setMerchant({ ipAllowed: false }),
      (c) => c.createMerchantPayout(payoutInput("P")),
      "IpDeniedError",
      "14",
    ],
    [
      "payin amount over LigdiCash's limit (E1)",
      () => ctx.sim.controls.setLimits({ payinMax: 10_000 }),
      (c) => c.createHostedPayin(hostedInput()),
      "InvalidAmountError",
      "02",
    ],
    [
      "Moov minimum raised by LigdiCash (E2)",
      () => ctx.sim.controls.setLimits({ operatorPayinMin: { moov_bf: 5000 } }),
      (c) => c.createDirectPayin({ ...payoutInput("D"), description: "x" }),
      "InvalidAmountError",
      "02",
    ],
    [
      "wrong OTP (E2)",
      () => undefined,
      (c) => c.createDirectPayin({ ...payoutInput("D", "76112233"), description: "x", otp: "000000" }),
      "WrongOtpError",
      "15",
    ],
    [
      "expired OTP (E2)",
      () => undefined,
      (c) => c.createDirectPayin({ ...payoutInput("D", "76112233"), description: "x", otp: "999999" }),
      "ExpiredOtpError",
      "16",
    ],
    [
      "payouts disabled (E6)",
      () => ctx.sim.controls.setMerchant({ payoutEnabled: false }),
      (c) => c.createClientPayout({ ...payoutInput("P"), destination: "wallet" }),
      "MerchantPayoutDisabledError",
      "01",
    ],
    [
      "payouts disabled (E7: the SDK table says application authentication)",
      () => ctx.sim.controls.setMerchant({ payoutEnabled: false }),
      (c) => c.createMerchantPayout(payoutInput("P")),
      "ApplicationAuthenticationError",
      "01",
    ],
    [
      "no LigdiCash wallet (E6)",
      () => undefined,
      (c) => c.createClientPayout({ ...payoutInput("P", "22676999999"), destination: "wallet" }),
      "CustomerDoesNotExistError",
      "02",
    ],
    [
      "closed sub-account (E6)",
      () => ctx.sim.controls.setBalance("moov_bf", null),
      (c) => c.createClientPayout({ ...payoutInput("P"), destination: "wallet" }),
      "MerchantAccountDoesNotExistError",
      "03",
    ],
    [
      "closed sub-account (E7)",
      () => ctx.sim.controls.setBalance("orange_bf", null),
      (c) => c.createMerchantPayout(payoutInput("P", "76112233")),
      "MerchantAccountDoesNotExistError",
      "03",
    ],
    [
      "low balance (E6)",
      () => ctx.sim.controls.setBalance("moov_bf", 999),
      (c) => c.createClientPayout({ ...payoutInput("P"), destination: "wallet" }),
      "MerchantBalanceLowError",
      "04",
    ],
    [
      "low balance (E7)",
      () => ctx.sim.controls.setBalance("moov_bf", 999),
      (c) => c.createMerchantPayout(payoutInput("P")),
      "MerchantBalanceLowError",
      "08",
    ],
    [
      "payout over LigdiCash's limit (E6)",
      () => ctx.sim.controls.setLimits({ payoutMax: 500 }),
      (c) => c.createClientPayout({ ...payoutInput("P"), destination: "wallet" }),
      "AmountOutOfRangeError",
      "05",
    ],
    [
      "payout over LigdiCash's limit (E7)",
      () => ctx.sim.controls.setLimits({ payoutMax: 500 }),
      (c) => c.createMerchantPayout(payoutInput("P")),
      "AmountOutOfRangeError",
      "02",
    ],
    [
      "unknown payin token (E5)",
      () => undefined,
      (c) => c.getPayinStatus("eyJ.unknown.token"),
      "InvoiceNotFoundError",
      "02",
    ],
    [
      "unknown payout token (E8)",
      () => undefined,
      (c) => c.getClientPayoutStatus("eyJ.unknown.token"),
      "InvoiceNotFoundError",
      "02",
    ],
  ];

  it.each(cases)("%s → %s (Code%s), a definite refusal", async (_label, arrange, run, name, subCode) => {
    arrange();
    const error = await caught(run(ctx.makeClient()));
    expect(error).toMatchObject({ name, subCode, outcomeUnknown: false });
    expect(ctx.sim.controls.transactions()).toHaveLength(0);
  });

  it("duplicate client payout transaction id (E6) → TransactionAlreadyExistError (Code07)", async () => {
    const client = ctx.makeClient();
    await client.createClientPayout({ ...payoutInput("DUP-1"), destination: "wallet" });
    const error = await caught(client.createClientPayout({ ...payoutInput("DUP-1"), destination: "wallet" }));
    expect(error).toMatchObject({
      name: "TransactionAlreadyExistError",
      subCode: "07",
      outcomeUnknown: false,
    });
    expect(ctx.sim.controls.transactions({ transactionId: "DUP-1" })).toHaveLength(1);
  });

  it.each([
    ["E1", (c: SimClient) => c.createHostedPayin(hostedInput())],
    ["E2", (c: SimClient) => c.createDirectPayin({ ...payoutInput("D"), description: "x" })],
    ["E5", (c: SimClient) => c.getPayinStatus("t")],
    ["E6", (c: SimClient) => c.createClientPayout({ ...payoutInput("P"), destination: "wallet" })],
    ["E7", (c: SimClient) => c.createMerchantPayout(payoutInput("P"))],
    ["E8", (c: SimClient) => c.getClientPayoutStatus("t")],
    ["E9", (c: SimClient) => c.getMerchantPayoutStatus("t")],
  ])("wrong credentials on %s → AuthenticationError (Code00)", async (endpoint, run) => {
    const error = await caught(run(ctx.makeClient({ authToken: "stolen-token" })));
    expect(error).toMatchObject({ name: "AuthenticationError", subCode: "00", outcomeUnknown: false });
    expect(ctx.sim.controls.requests().map((request) => request.endpoint)).toEqual([endpoint]);
  });

  it("merchant payout status of an unknown token: E9, then the E8 fallback, then InvoiceNotFoundError", async () => {
    const error = await caught(ctx.makeClient().getMerchantPayoutStatus("eyJ.unknown.token"));
    expect(error).toMatchObject({ name: "InvoiceNotFoundError", endpoint: "clientPayoutStatus" });
    expect(ctx.sim.controls.requests().map((request) => request.endpoint)).toEqual(["E9", "E8"]);
  });

  it.each([
    [
      "a Telecel number (the simulator would answer no network, Code07)",
      "78112233",
      "operator_not_supported",
    ],
    [
      "an unknown prefix (the simulator would answer Code08)",
      "25301234",
      "recipient_operator_not_identified",
    ],
  ])("refuses %s before sending anything", async (_label, phone, code) => {
    const error = await caught(
      ctx.makeClient().createDirectPayin({ ...payoutInput("D", phone), description: "x" }),
    );
    expect(error).toMatchObject({ code, outcomeUnknown: false });
    expect(ctx.sim.controls.requests()).toHaveLength(0);
  });
});
