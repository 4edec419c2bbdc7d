import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../server";
import {
  AUTH_HEADERS,
  E1,
  E2,
  E5,
  JWT_SHAPE,
  callApi,
  directBody,
  invoiceBody,
  payoutBody,
  E6,
} from "../testing/client";

// E1, E2 and E5 over HTTP: success bodies, every createInvoice/confirmInvoice sub-code we use.

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(() => {
  sim.controls.reset();
});

const CREATE_INVOICE_WIKI = "https://client.ligdicash.com/wiki/createInvoice";
const CONFIRM_INVOICE_WIKI = "https://client.ligdicash.com/wiki/confirmInvoice";

function refusal(code: string, wiki = CREATE_INVOICE_WIKI) {
  return { response_code: "01", token: "", response_text: `Echec (Code${code})`, description: "", wiki };
}

async function expectCode(path: string, body: unknown, code: string) {
  const answer = await callApi(sim, path, { body });
  expect(answer.status).toBe(200);
  expect(answer.json).toEqual(refusal(code));
}

describe("E1 redirect/checkout-invoice/create", () => {
  it("answers the payment page URL and a JWT (docs/ligdicash-contract.md §4.1, §11)", async () => {
    const answer = await callApi(sim, E1, { body: invoiceBody() });
    expect(answer.status).toBe(200);
    const token = answer.json.token as string;
    expect(token).toMatch(JWT_SHAPE);
    expect(answer.json).toEqual({
      response_code: "00",
      token,
      response_text: `${sim.origin}/pay/invoice/${token}`,
      description: "",
      custom_data: [],
      wiki: CREATE_INVOICE_WIKI,
    });
    expect(sim.controls.transaction({ token })).toMatchObject({
      status: "pending",
      kind: "payin_hosted",
      amount: 12500,
    });
  });

  it("accepts the path with a trailing slash", async () => {
    const answer = await callApi(sim, `${E1}/`, { body: invoiceBody() });
    expect(answer.json.response_code).toBe("00");
  });

  it("uses publicOrigin in payment URLs", async () => {
    const other = await startSimulator({ port: 0, publicOrigin: "https://pay.example.org/" });
    try {
      const answer = await callApi(other, E1, { body: invoiceBody() });
      expect(answer.json.response_text).toBe(
        `https://pay.example.org/pay/invoice/${String(answer.json.token)}`,
      );
    } finally {
      await other.close();
    }
  });

  it.each([
    ["no Apikey", { Authorization: "Bearer sim-auth-token", "Content-Type": "application/json" }],
    ["a wrong Apikey", { ...AUTH_HEADERS, Apikey: "nope" }],
    ["no Authorization", { Apikey: "sim-api-key", "Content-Type": "application/json" }],
    ["a wrong bearer token", { ...AUTH_HEADERS, Authorization: "Bearer nope" }],
    ["a token without Bearer", { ...AUTH_HEADERS, Authorization: "sim-auth-token" }],
  ])("refuses %s with Code00", async (_case, headers) => {
    const answer = await callApi(sim, E1, { body: invoiceBody(), headers });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(refusal("00"));
    expect(sim.controls.transactions()).toHaveLength(0);
  });

  it("checks credentials given at start", async () => {
    const other = await startSimulator({ port: 0, apiKey: "k2", authToken: "t2" });
    try {
      expect((await callApi(other, E1, { body: invoiceBody() })).json.response_text).toBe("Echec (Code00)");
      const headers = { ...AUTH_HEADERS, Apikey: "k2", Authorization: "bearer t2" };
      expect((await callApi(other, E1, { body: invoiceBody(), headers })).json.response_code).toBe("00");
    } finally {
      await other.close();
    }
  });

  it.each([
    [19, "02"],
    [1_000_001, "02"],
    [0, "02"],
    [-500, "02"],
  ])("refuses total_amount %d with Code%s", async (amount, code) => {
    const body = invoiceBody();
    body.commande.invoice.items = [];
    body.commande.invoice.total_amount = amount;
    await expectCode(E1, body, code);
  });

  it("accepts the limits themselves and follows configured limits", async () => {
    const body = invoiceBody();
    body.commande.invoice.items = [];
    body.commande.invoice.total_amount = 20;
    expect((await callApi(sim, E1, { body })).json.response_code).toBe("00");
    body.commande.invoice.total_amount = 1_000_000;
    expect((await callApi(sim, E1, { body })).json.response_code).toBe("00");
    sim.controls.setLimits({ payinMin: 9, payinMax: 2_000_000 });
    body.commande.invoice.total_amount = 2_000_000;
    expect((await callApi(sim, E1, { body })).json.response_code).toBe("00");
    body.commande.invoice.total_amount = 9;
    expect((await callApi(sim, E1, { body })).json.response_code).toBe("00");
  });

  it("accepts an integral float such as 5000.0 (DART SDK)", async () => {
    const body = invoiceBody();
    body.commande.invoice.items = [];
    body.commande.invoice.total_amount = 5000;
    const text = JSON.stringify(body).replace('"total_amount":5000', '"total_amount":5000.0');
    expect(text).toContain("5000.0");
    const answer = await callApi(sim, E1, { rawBody: text });
    expect(answer.json.response_code).toBe("00");
    expect(sim.controls.transactions()[0]?.amount).toBe(5000);
  });

  it.each([
    [
      "a non-integer amount",
      (b: ReturnType<typeof invoiceBody>) => void (b.commande.invoice.total_amount = 12500.5),
    ],
    [
      "an amount as a string",
      (b: ReturnType<typeof invoiceBody>) => void (b.commande.invoice.total_amount = "12500"),
    ],
    [
      "a currency other than XOF",
      (b: ReturnType<typeof invoiceBody>) => void (b.commande.invoice.devise = "EUR"),
    ],
    ["no currency", (b: ReturnType<typeof invoiceBody>) => void (b.commande.invoice.devise = undefined)],
    [
      "items not adding up",
      (b: ReturnType<typeof invoiceBody>) => void (b.commande.invoice.total_amount = 12000),
    ],
    [
      "an item whose total is not quantity × unit price",
      (b: ReturnType<typeof invoiceBody>) =>
        void ((b.commande.invoice.items[0] as { total_price: number }).total_price = 5500),
    ],
    ["custom_data as an array", (b: ReturnType<typeof invoiceBody>) => void (b.commande.custom_data = [])],
    ["no custom_data", (b: ReturnType<typeof invoiceBody>) => void (b.commande.custom_data = undefined)],
    ["no store name", (b: ReturnType<typeof invoiceBody>) => void (b.commande.store.name = "")],
    [
      "a malformed customer",
      (b: ReturnType<typeof invoiceBody>) => void (b.commande.invoice.customer = "70112233"),
    ],
  ])("refuses %s with Code08", async (_case, mutate) => {
    const body = invoiceBody();
    mutate(body);
    await expectCode(E1, body, "08");
  });

  it.each([
    ["invalid JSON", "{not json"],
    ["an empty body", ""],
    ["no commande", JSON.stringify({ invoice: {} })],
  ])("refuses %s with Code08", async (_case, rawBody) => {
    const answer = await callApi(sim, E1, { rawBody, method: "POST" });
    expect(answer.json).toEqual(refusal("08"));
  });

  it("accepts the currency in lower case and only total_amount with empty items", async () => {
    const body = invoiceBody();
    body.commande.invoice.devise = "xof";
    body.commande.invoice.items = [];
    body.commande.invoice.total_amount = 777;
    expect((await callApi(sim, E1, { body })).json.response_code).toBe("00");
  });

  it("accepts a phone in customer (it filters the page) unless its network is not served", async () => {
    expect(
      (await callApi(sim, E1, { body: invoiceBody({ customer: "22670000002" }) })).json.response_code,
    ).toBe("00");
    await expectCode(E1, invoiceBody({ customer: "22678000000" }), "07");
  });

  it("answers Code01 when payin is disabled and Code03 when the IP is denied", async () => {
    sim.controls.setMerchant({ payinEnabled: false });
    await expectCode(E1, invoiceBody(), "01");
    await expectCode(E2, directBody("22676000001", "123456"), "01");
    sim.controls.setMerchant({ payinEnabled: true, ipAllowed: false });
    await expectCode(E1, invoiceBody(), "03");
    await expectCode(E2, directBody("22676000001", "123456"), "03");
    expect(sim.controls.transactions()).toHaveLength(0);
  });

  it("answers Code00 everywhere once the keys are revoked (keysValid off)", async () => {
    sim.controls.setMerchant({ keysValid: false });
    await expectCode(E1, invoiceBody(), "00");
    const status = await callApi(sim, `${E5}?invoiceToken=unknown`);
    expect(status.json).toEqual(refusal("00", CONFIRM_INVOICE_WIKI));
  });

  it("answers Code12 to a GET", async () => {
    const answer = await callApi(sim, E1, { method: "GET" });
    expect(answer.json).toEqual(refusal("12"));
  });
});

describe("E2 straight/checkout-invoice/create", () => {
  it("accepts an Orange payment with an OTP and answers the processing message", async () => {
    const answer = await callApi(sim, E2, { body: directBody("22676000001", "482913") });
    const token = answer.json.token as string;
    expect(token).toMatch(JWT_SHAPE);
    expect(answer.json).toEqual({
      response_code: "00",
      token,
      response_text: "Votre requête est en cours de traitement",
      description: "",
      custom_data: [],
      wiki: CREATE_INVOICE_WIKI,
    });
    expect(sim.controls.transaction({ token })).toMatchObject({ kind: "payin_direct", status: "pending" });
  });

  it.each([
    ["000000", "15"],
    ["999999", "16"],
    ["", "15"],
    ["12345", "15"],
    ["12a456", "15"],
  ])("answers OTP %j with Code%s", async (otp, code) => {
    await expectCode(E2, directBody("22676000001", otp), code);
  });

  it("accepts Moov with an empty OTP (push approval)", async () => {
    expect((await callApi(sim, E2, { body: directBody("22670000002", "") })).json.response_code).toBe("00");
  });

  it("applies per-operator minimums: Moov 100, Orange 10 under the global minimum", async () => {
    await expectCode(E2, directBody("22670000002", "", 50), "02");
    expect(
      (await callApi(sim, E2, { body: directBody("22676000001", "123456", 50) })).json.response_code,
    ).toBe("00");
    sim.controls.setLimits({ payinMin: 5 });
    await expectCode(E2, directBody("22676000001", "123456", 9), "02");
    expect(
      (await callApi(sim, E2, { body: directBody("22676000001", "123456", 10) })).json.response_code,
    ).toBe("00");
  });

  it.each([
    ["a local number without 226", "70112233", "08"],
    ["a landline", "22625123456", "08"],
    ["an empty customer", "", "08"],
    ["a Telecel number (no network configured)", "22678123456", "07"],
  ])("refuses %s", async (_case, customer, code) => {
    await expectCode(E2, directBody(customer, "123456"), code);
  });

  it("tolerates callback_url null (JS SDK bug, docs/ligdicash-contract.md §4.2)", async () => {
    const body = directBody("22670000002", "");
    body.commande.actions.callback_url = null;
    expect((await callApi(sim, E2, { body })).json.response_code).toBe("00");
  });
});

describe("E5 redirect/checkout-invoice/confirm", () => {
  it("tells an unknown token (Code02) from payins disabled (Code01, docs/ligdicash-contract.md §5.2)", async () => {
    expect((await callApi(sim, `${E5}?invoiceToken=unknown`)).json).toEqual(
      refusal("02", CONFIRM_INVOICE_WIKI),
    );
    sim.controls.setMerchant({ payinEnabled: false });
    expect((await callApi(sim, `${E5}?invoiceToken=unknown`)).json).toEqual(
      refusal("01", CONFIRM_INVOICE_WIKI),
    );
  });

  async function createInvoice(customData: Record<string, string> = { transaction_id: "ORD-42" }) {
    const body = invoiceBody();
    body.commande.custom_data = customData;
    return (await callApi(sim, E1, { body })).json.token as string;
  }

  it.each([
    [
      "invoiceToken with the SDK trailing slash",
      (t: string) => `redirect/checkout-invoice/confirm/?invoiceToken=${t}`,
    ],
    [
      "invoiceToken without trailing slash",
      (t: string) => `redirect/checkout-invoice/confirm?invoiceToken=${t}`,
    ],
    ["token (new reference pages)", (t: string) => `redirect/checkout-invoice/confirm/?token=${t}`],
    ["token without trailing slash", (t: string) => `redirect/checkout-invoice/confirm?token=${t}`],
  ])("answers a pending payin queried by %s", async (_case, path) => {
    const token = await createInvoice();
    const answer = await callApi(sim, path(token));
    expect(answer.json).toMatchObject({
      response_code: "00",
      status: "pending",
      token: "",
      response_text: "",
      operator_id: "",
      operator_name: "",
      customer: null,
      amount: 12500,
      montant: 12500,
      transaction_id: "ORD-42",
      external_id: "ORD-42",
      oreference: "",
      wiki: CONFIRM_INVOICE_WIKI,
    });
    expect(answer.json.request_id).toMatch(/^P\d+$/);
    expect(answer.json.date).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\+00$/);
  });

  it("answers a completed payin with the operator, integer amounts and custom_data entries", async () => {
    const token = await createInvoice({ transaction_id: "ORD-7", order_id: "42", note: "cadeau" });
    sim.controls.settle({ token, status: "completed", phone: "22670000002" });
    const answer = await callApi(sim, `${E5}?invoiceToken=${token}`);
    expect(answer.json).toMatchObject({
      status: "completed",
      operator_id: "12",
      operator_name: "MOOV AFRICA BURKINA",
      customer: "22670000002",
      amount: 12500,
      external_id: "ORD-7;42",
      transaction_id: "ORD-7",
      customer_details: {
        firstname: "Awa",
        lastname: "Ouedraogo",
        email: "awa@example.org",
        phone: "22670000002",
        details: "",
      },
    });
    expect(answer.json.oreference).not.toBe("");
    const entries = answer.json.custom_data as { keyof_customdata: string; valueof_customdata: string }[];
    const byKey = Object.fromEntries(
      entries.map((entry) => [entry.keyof_customdata, entry.valueof_customdata]),
    );
    expect(byKey).toMatchObject({ transaction_id: "ORD-7", order_id: "42", note: "cadeau" });
    expect(byKey.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(byKey.logfile).toBeTruthy();
    for (const entry of entries) expect(entry).toHaveProperty("datecreation_customdata");
  });

  it("answers a direct payin, pending without operator until settled", async () => {
    const token = (await callApi(sim, E2, { body: directBody("22676000001", "123456") })).json
      .token as string;
    expect((await callApi(sim, `${E5}?invoiceToken=${token}`)).json).toMatchObject({
      operator_id: "",
      customer: null,
    });
    sim.controls.settle({ token, status: "completed" });
    expect((await callApi(sim, `${E5}?invoiceToken=${token}`)).json).toMatchObject({
      status: "completed",
      operator_id: "11",
      customer: "22676000001",
    });
  });

  it("answers Code02 for an unknown token and a payout token, Code04 without token", async () => {
    expect((await callApi(sim, `${E5}?invoiceToken=eyJ.unknown.token`)).json).toEqual(
      refusal("02", CONFIRM_INVOICE_WIKI),
    );
    const payout = await callApi(sim, E6, { body: payoutBody("22676000001") });
    const payoutToken = payout.json.token as string;
    expect((await callApi(sim, `${E5}?invoiceToken=${payoutToken}`)).json).toEqual(
      refusal("02", CONFIRM_INVOICE_WIKI),
    );
    expect((await callApi(sim, E5)).json).toEqual(refusal("04", CONFIRM_INVOICE_WIKI));
  });

  it("refuses unauthenticated status queries with Code00", async () => {
    const token = await createInvoice();
    const answer = await callApi(sim, `${E5}?invoiceToken=${token}`, { headers: {} });
    expect(answer.json).toEqual(refusal("00", CONFIRM_INVOICE_WIKI));
  });

  it("never changes a final status", async () => {
    const token = await createInvoice();
    sim.controls.settle({ token, status: "notcompleted" });
    expect(() => sim.controls.settle({ token, status: "completed" })).toThrow(/final/);
    expect((await callApi(sim, `${E5}?invoiceToken=${token}`)).json).toMatchObject({
      status: "notcompleted",
      customer: null,
    });
  });
});
