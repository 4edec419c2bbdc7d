import { describe, expect, it } from "vitest";
import { createLigdicashClient } from "./client";
import { type LigdicashError } from "./errors";
import { TEST_CONFIG, createFakeFetch, jsonResponse } from "@/test/support/ligdicash/fake-fetch";
import {
  E1_REQUEST,
  E1_RESPONSE_OK,
  E2_RESPONSE_OK,
  E5_COMPLETED,
  E6_REQUEST,
  E6_RESPONSE_OK,
  E7_REQUEST,
  E7_RESPONSE_OK,
  PAYOUT_STATUS,
} from "@/test/support/ligdicash/recorded-bodies";

function clientAnswering(...bodies: string[]) {
  const fake = createFakeFetch(...bodies.map((body) => jsonResponse(JSON.parse(body))));
  return { client: createLigdicashClient({ ...TEST_CONFIG, fetch: fake.fetch }), requests: fake.requests };
}

const PAYOUT_CALLBACK_URL = "https://api.example.org/ligdicash/payout-cb";

describe("creations send the contract's bodies (docs/ligdicash-contract.md §11) with the auth headers (docs/ligdicash-contract.md §2.1)", () => {
  it("E1 hosted payin", async () => {
    const { client, requests } = clientAnswering(E1_RESPONSE_OK);
    const created = await client.createHostedPayin({
      transactionId: "ORD-42-7f3a",
      amount: 2500,
      description: "Commande 42",
      items: [{ name: "Abonnement", description: "1 mois", quantity: 1, unitPrice: 2500 }],
      payer: { firstname: "Awa", lastname: "Ouedraogo", email: "awa@example.org" },
      returnUrl: "https://shop.example.org/ok",
      cancelUrl: "https://shop.example.org/cancel",
    });
    const [request] = requests;
    expect(request?.method).toBe("POST");
    expect(request?.url.href).toBe("https://ligdicash.test/pay/v01/redirect/checkout-invoice/create");
    expect(request?.body).toEqual(JSON.parse(E1_REQUEST));
    expect(Object.fromEntries(request?.headers ?? [])).toEqual({
      apikey: "test-api-key",
      authorization: "Bearer test-auth-token",
      accept: "application/json",
      "content-type": "application/json",
    });
    expect(created).toEqual({
      token: "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJmYWtlIjoxfQ.c2ln",
      paymentUrl:
        "https://app.ligdicash.com/pay/invoice/eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJmYWtlIjoxfQ.c2ln",
      raw: JSON.parse(E1_RESPONSE_OK),
    });
  });

  it("E1 hosted payin with the customer's confirmed number: sent as customer, digits only (docs/ligdicash-contract.md §4.1)", async () => {
    const hosted = (customerPhone?: string) => {
      const { client, requests } = clientAnswering(E1_RESPONSE_OK);
      const call = client.createHostedPayin({
        transactionId: "ORD-42-7f3a",
        amount: 2500,
        description: "Commande 42",
        customerPhone,
        returnUrl: "https://shop.example.org/ok",
        cancelUrl: "https://shop.example.org/cancel",
      });
      return { call, requests };
    };
    const narrowed = hosted("76 11 22 33");
    await narrowed.call;
    expect(narrowed.requests[0]?.body).toMatchObject({ commande: { invoice: { customer: "22676112233" } } });
    const open = hosted(undefined);
    await open.call;
    expect(open.requests[0]?.body).toMatchObject({ commande: { invoice: { customer: "" } } });
    // A number LigdiCash cannot serve is refused before calling: it would narrow the page to nothing.
    const telecel = hosted("78 11 22 33");
    await expect(telecel.call).rejects.toMatchObject({ code: "operator_not_supported" });
    expect(telecel.requests).toHaveLength(0);
  });

  it("E2 direct payin, Orange BF: payer number and OTP, empty cancel/return URLs", async () => {
    const { client, requests } = clientAnswering(E2_RESPONSE_OK);
    const created = await client.createDirectPayin({
      transactionId: "ORD-42-7f3a",
      amount: 2500,
      description: "Commande 42",
      phone: "+226 76 11 22 33",
      otp: "482 913",
      payer: { firstname: "Awa", lastname: "Ouedraogo", email: "awa@example.org" },
    });
    const expected = JSON.parse(E1_REQUEST) as {
      commande: { invoice: Record<string, unknown>; actions: unknown };
    };
    Object.assign(expected.commande.invoice, { items: [], customer: "22676112233", otp: "482913" });
    expected.commande.actions = { cancel_url: "", return_url: "", callback_url: TEST_CONFIG.callbackUrl };
    expect(requests[0]?.url.pathname).toBe("/pay/v01/straight/checkout-invoice/create");
    expect(requests[0]?.body).toEqual(expected);
    expect(created).toMatchObject({
      token: "eyJ...B",
      message: "Votre requête est en cours de traitement",
      redirectUrl: null,
      msisdn: "22676112233",
      operator: "orange_bf",
    });
  });

  it("E2 direct payin, Moov BF (push): otp is always empty", async () => {
    const { client, requests } = clientAnswering(E2_RESPONSE_OK);
    await client.createDirectPayin({
      transactionId: "T-1",
      amount: 500,
      description: "x",
      phone: "70112233",
      otp: "999999",
    });
    expect(requests[0]?.body).toMatchObject({ commande: { invoice: { customer: "22670112233", otp: "" } } });
  });

  it("E6 client payout to mobile money: top_up_wallet 0, callback at commande level", async () => {
    const { client, requests } = clientAnswering(E6_RESPONSE_OK);
    const created = await client.createClientPayout({
      transactionId: "PAYOUT-42-91c2",
      amount: 1000,
      description: "Remboursement ORD-42",
      phone: "70 11 22 33",
      callbackUrl: PAYOUT_CALLBACK_URL,
      destination: "mobile_money",
    });
    expect(requests[0]?.url.pathname).toBe("/pay/v01/withdrawal/create");
    expect(requests[0]?.body).toEqual(JSON.parse(E6_REQUEST));
    expect(created).toEqual({
      token: "eyJ...P",
      msisdn: "22670112233",
      operator: "moov_bf",
      raw: JSON.parse(E6_RESPONSE_OK),
    });
  });

  it("E6 client payout kept in the wallet: top_up_wallet 1", async () => {
    const { client, requests } = clientAnswering(E6_RESPONSE_OK);
    await client.createClientPayout({
      transactionId: "PAYOUT-42-91c2",
      amount: 1000,
      description: "Remboursement ORD-42",
      phone: "22670112233",
      destination: "wallet",
    });
    expect(requests[0]?.body).toMatchObject({ commande: { top_up_wallet: 1 } });
  });

  it('E7 merchant payout: the E6 body without top_up_wallet; custom_data "" in the answer', async () => {
    const { client, requests } = clientAnswering(E7_RESPONSE_OK);
    const created = await client.createMerchantPayout({
      transactionId: "PAYOUT-42-91c2",
      amount: 1000,
      description: "Remboursement ORD-42",
      phone: "00226 70 11 22 33",
      callbackUrl: PAYOUT_CALLBACK_URL,
    });
    expect(requests[0]?.url.pathname).toBe("/pay/v01/straight/payout");
    expect(requests[0]?.body).toEqual(JSON.parse(E7_REQUEST));
    expect(created.token).toBe("eyJ...M");
  });

  it("keeps our transaction_id even when extra custom_data tries to override it", async () => {
    const { client, requests } = clientAnswering(E7_RESPONSE_OK);
    await client.createMerchantPayout({
      transactionId: "OURS",
      amount: 1000,
      description: "x",
      phone: "70112233",
      customData: { transaction_id: "THEIRS", batch: "7" },
    });
    expect(requests[0]?.body).toMatchObject({
      commande: { custom_data: { transaction_id: "OURS", batch: "7" } },
    });
  });
});

describe("status checks: GET, creation token in the query (docs/ligdicash-contract.md §4.5, §4.8)", () => {
  it("E5 uses confirm/?invoiceToken=", async () => {
    const { client, requests } = clientAnswering(E5_COMPLETED);
    const status = await client.getPayinStatus("  tok/en+1  ");
    expect(requests[0]?.method).toBe("GET");
    expect(requests[0]?.body).toBeUndefined();
    expect(requests[0]?.url.pathname).toBe("/pay/v01/redirect/checkout-invoice/confirm/");
    expect(requests[0]?.url.searchParams.get("invoiceToken")).toBe("tok/en+1");
    expect(status.status).toBe("completed");
  });

  it("E8 uses withdrawal/confirm/?withdrawalToken=", async () => {
    const { client, requests } = clientAnswering(PAYOUT_STATUS);
    const status = await client.getClientPayoutStatus("eyJ...P");
    expect(requests[0]?.url.pathname).toBe("/pay/v01/withdrawal/confirm/");
    expect(requests[0]?.url.searchParams.get("withdrawalToken")).toBe("eyJ...P");
    expect(status).toMatchObject({ status: "completed", amount: 1000, source: "clientPayoutStatus" });
  });

  it("E9 uses straight/payout/confirm/?payoutToken=", async () => {
    const { client, requests } = clientAnswering(PAYOUT_STATUS);
    const status = await client.getMerchantPayoutStatus("eyJ...M");
    expect(requests).toHaveLength(1);
    expect(requests[0]?.url.pathname).toBe("/pay/v01/straight/payout/confirm/");
    expect(requests[0]?.url.searchParams.get("payoutToken")).toBe("eyJ...M");
    expect(status.source).toBe("merchantPayoutStatus");
  });

  it("adds the missing trailing slash of a configured base URL", async () => {
    const fake = createFakeFetch(jsonResponse(JSON.parse(E5_COMPLETED)));
    const client = createLigdicashClient({
      ...TEST_CONFIG,
      baseUrl: "https://ligdicash.test/pay/v01",
      fetch: fake.fetch,
    });
    await client.getPayinStatus("t");
    expect(fake.requests[0]?.url.pathname).toBe("/pay/v01/redirect/checkout-invoice/confirm/");
  });
});

describe("inputs are checked before anything is sent", () => {
  const valid = { transactionId: "T-1", amount: 1000, description: "x", phone: "70112233" };

  const cases: [
    string,
    (client: ReturnType<typeof createLigdicashClient>) => Promise<unknown>,
    string,
    string,
  ][] = [
    [
      "fractional amount",
      (c) => c.createMerchantPayout({ ...valid, amount: 10.5 }),
      "invalid_amount",
      "not_a_whole_number",
    ],
    ["zero amount", (c) => c.createMerchantPayout({ ...valid, amount: 0 }), "invalid_amount", "not_positive"],
    [
      "amount below the configured minimum",
      (c) => c.createMerchantPayout({ ...valid, amount: 19 }),
      "amount_out_of_range",
      "below_minimum:20",
    ],
    [
      "amount above the configured maximum",
      (c) => c.createClientPayout({ ...valid, amount: 1_000_001, destination: "wallet" }),
      "amount_out_of_range",
      "above_maximum:1000000",
    ],
    [
      "Moov payin below Moov's 100 XOF",
      (c) => c.createDirectPayin({ ...valid, amount: 99 }),
      "amount_out_of_range",
      "below_operator_minimum:100",
    ],
    [
      "bad phone",
      (c) => c.createMerchantPayout({ ...valid, phone: "+225 07 07 07 07 07" }),
      "invalid_phone",
      "foreign_number",
    ],
    [
      "unknown prefix",
      (c) => c.createMerchantPayout({ ...valid, phone: "25301234" }),
      "recipient_operator_not_identified",
      "unknown_prefix",
    ],
    [
      "Telecel number",
      (c) => c.createClientPayout({ ...valid, phone: "78112233", destination: "wallet" }),
      "operator_not_supported",
      "telecel_bf",
    ],
    [
      "Orange payin without OTP",
      (c) => c.createDirectPayin({ ...valid, phone: "76112233", otp: " " }),
      "otp_required",
      "missing_otp",
    ],
    [
      "empty transaction id",
      (c) => c.createMerchantPayout({ ...valid, transactionId: " " }),
      "data_input_error",
      "missing_transaction_id",
    ],
    [
      "empty description",
      (c) => c.createMerchantPayout({ ...valid, description: "" }),
      "data_input_error",
      "missing_description",
    ],
    [
      "no callback URL",
      (c) => c.createMerchantPayout({ ...valid, callbackUrl: "ftp://x" }),
      "data_input_error",
      "invalid_callback_url",
    ],
    [
      "unknown payout destination",
      (c) => c.createClientPayout({ ...valid, destination: "cash" as "wallet" }),
      "data_input_error",
      "invalid_destination",
    ],
    [
      "items not adding up",
      (c) =>
        c.createHostedPayin({
          ...valid,
          items: [{ name: "a", quantity: 2, unitPrice: 400 }],
          returnUrl: "https://a.b/",
          cancelUrl: "https://a.b/",
        }),
      "data_input_error",
      "items_total_mismatch",
    ],
    ["empty payin token", (c) => c.getPayinStatus(""), "invalid_token", "empty_token"],
    ["blank payout token", (c) => c.getMerchantPayoutStatus("   "), "invalid_token", "empty_token"],
  ];

  it.each(cases)("refuses %s without a request", async (_label, run, code, reason) => {
    const fake = createFakeFetch(jsonResponse(JSON.parse(E7_RESPONSE_OK)));
    const client = createLigdicashClient({ ...TEST_CONFIG, fetch: fake.fetch });
    const error = (await run(client).catch((caught: unknown) => caught)) as LigdicashError;
    expect(error).toMatchObject({ code, reason, outcomeUnknown: false, subCode: null });
    expect(fake.requests).toHaveLength(0);
  });

  it("accepts an amount at exactly the limits", async () => {
    const { client } = clientAnswering(E7_RESPONSE_OK, E7_RESPONSE_OK);
    await expect(client.createMerchantPayout({ ...valid, amount: 20 })).resolves.toMatchObject({
      token: "eyJ...M",
    });
    await expect(client.createMerchantPayout({ ...valid, amount: 1_000_000 })).resolves.toMatchObject({
      token: "eyJ...M",
    });
  });
});
