import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../server";
import {
  E1,
  E6,
  E7,
  E8,
  E9,
  JWT_SHAPE,
  callApi,
  callControl,
  decodeSegment,
  invoiceBody,
  payoutBody,
} from "../testing/client";

// E6, E7, E8, E9 over HTTP, merchant balances per operator sub-account and the wallet registry.

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

const WITHDRAWAL_WIKI = "https://client.ligdicash.com/wiki/createWithdrawal";
const STRAIGHT_WIKI = "https://client.ligdicash.com/wiki/createStraightWithdrawal";
const ORANGE_WALLET = "22676000001";
const MOOV_WALLET = "22670000002";

function refusal(code: string, wiki: string) {
  const body: Record<string, unknown> = {
    response_code: "01",
    token: "",
    response_text: `Echec (Code${code})`,
    description: "",
  };
  if (wiki === WITHDRAWAL_WIKI) body.custom_data = [];
  body.wiki = wiki;
  return body;
}

async function expectClientCode(body: unknown, code: string) {
  const before = sim.controls.balances();
  const answer = await callApi(sim, E6, { body });
  expect(answer.status).toBe(200);
  expect(answer.json).toEqual(refusal(code, WITHDRAWAL_WIKI));
  expect(sim.controls.balances()).toEqual(before);
}

async function expectMerchantCode(body: unknown, code: string) {
  const before = sim.controls.balances();
  const answer = await callApi(sim, E7, { body });
  expect(answer.json).toEqual(refusal(code, STRAIGHT_WIKI));
  expect(sim.controls.balances()).toEqual(before);
}

describe("E6 withdrawal/create (client payout)", () => {
  it("accepts a payout to a wallet holder and debits the recipient's operator sub-account", async () => {
    const answer = await callApi(sim, E6, { body: payoutBody(ORANGE_WALLET, 1000) });
    const token = answer.json.token as string;
    expect(token).toMatch(JWT_SHAPE);
    expect(answer.json).toEqual({
      response_code: "00",
      token,
      response_text: "",
      description: "",
      custom_data: [],
      wiki: WITHDRAWAL_WIKI,
    });
    const payload = decodeSegment(token, 1);
    expect(Object.keys(payload).sort()).toEqual(["expiry_date", "id_finance", "start_date"]);
    expect(Number(payload.expiry_date) - Number(payload.start_date)).toBe(86_400);
    expect(sim.controls.balances()).toEqual({ orange_bf: 499_000, moov_bf: 500_000 });
    expect(sim.controls.transaction({ token })).toMatchObject({
      status: "pending",
      kind: "payout_client",
      topUpWallet: 0,
    });
  });

  it("refuses a number that has no LigdiCash wallet with Code02, until it is registered", async () => {
    await expectClientCode(payoutBody("22676999999"), "02");
    sim.controls.addWallet({ phone: "22676999999", firstname: "Moussa" });
    expect((await callApi(sim, E6, { body: payoutBody("22676999999") })).json.response_code).toBe("00");
    expect(sim.controls.removeWallet("22676999999")).toBe(true);
    await expectClientCode(payoutBody("22676999999"), "02");
  });

  it.each([19, 1_000_001])("refuses amount %d with Code05", async (amount) => {
    await expectClientCode(payoutBody(ORANGE_WALLET, amount), "05");
  });

  it("refuses with Code04 when the sub-account balance is too low", async () => {
    sim.controls.setBalance("orange_bf", 999);
    await expectClientCode(payoutBody(ORANGE_WALLET, 1000), "04");
    // The Moov sub-account is separate and still funded.
    expect((await callApi(sim, E6, { body: payoutBody(MOOV_WALLET, 1000) })).json.response_code).toBe("00");
    sim.controls.setBalance("orange_bf", 1000);
    expect((await callApi(sim, E6, { body: payoutBody(ORANGE_WALLET, 1000) })).json.response_code).toBe("00");
    expect(sim.controls.balances().orange_bf).toBe(0);
  });

  it("refuses a duplicate custom_data.transaction_id with Code07 (also against merchant payouts)", async () => {
    const body = payoutBody(ORANGE_WALLET, 1000, { transactionId: "PAY-1" });
    expect((await callApi(sim, E6, { body })).json.response_code).toBe("00");
    await expectClientCode(body, "07");
    expect(
      (await callApi(sim, E7, { body: payoutBody(MOOV_WALLET, 500, { transactionId: "PAY-2" }) })).json
        .response_code,
    ).toBe("00");
    await expectClientCode(payoutBody(MOOV_WALLET, 500, { transactionId: "PAY-2" }), "07");
  });

  it("refuses with Code03 when the merchant has no sub-account on the recipient's network", async () => {
    sim.controls.addWallet({ phone: "22678000000" });
    await expectClientCode(payoutBody("22678000000"), "03");
    sim.controls.setBalance("moov_bf", null);
    await expectClientCode(payoutBody(MOOV_WALLET), "03");
  });

  it.each([
    ["a non-integer amount", payoutBody(ORANGE_WALLET, 1000.5)],
    ["an amount as a string", payoutBody(ORANGE_WALLET, "1000")],
    ["no top_up_wallet", payoutBody(ORANGE_WALLET, 1000, { topUpWallet: null })],
    ["a local number", payoutBody("76000001")],
    ["no custom_data", { commande: { ...payoutBody(ORANGE_WALLET).commande, custom_data: undefined } }],
    ["no commande", { amount: 1000 }],
  ])("refuses %s with Code09", async (_case, body) => {
    await expectClientCode(body, "09");
  });

  it("accepts an integral float amount and the JS SDK's to_ligdicash flag", async () => {
    const body = payoutBody(ORANGE_WALLET, 2000, { topUpWallet: null });
    const raw = JSON.stringify({ commande: { ...body.commande, to_ligdicash: true } }).replace(
      '"amount":2000',
      '"amount":2000.0',
    );
    const answer = await callApi(sim, E6, { rawBody: raw });
    expect(answer.json.response_code).toBe("00");
    expect(sim.controls.transaction({ token: answer.json.token as string })).toMatchObject({
      amount: 2000,
      topUpWallet: 1,
    });
  });

  it("answers Code01 when payout is disabled and Code06 when the IP is denied", async () => {
    sim.controls.setMerchant({ payoutEnabled: false });
    await expectClientCode(payoutBody(ORANGE_WALLET), "01");
    sim.controls.setMerchant({ payoutEnabled: true, ipAllowed: false });
    await expectClientCode(payoutBody(ORANGE_WALLET), "06");
  });

  it("refuses bad credentials with Code00", async () => {
    const answer = await callApi(sim, E6, {
      body: payoutBody(ORANGE_WALLET),
      headers: { Apikey: "sim-api-key" },
    });
    expect(answer.json).toEqual(refusal("00", WITHDRAWAL_WIKI));
  });
});

describe("E7 straight/payout (merchant payout)", () => {
  it('accepts any mobile-money number, answers custom_data "" and debits the operator', async () => {
    const answer = await callApi(sim, E7, { body: payoutBody("22671234567", 2500, { topUpWallet: null }) });
    const token = answer.json.token as string;
    expect(token).toMatch(JWT_SHAPE);
    expect(answer.json).toEqual({
      response_code: "00",
      token,
      response_text: "",
      description: "",
      custom_data: "",
      wiki: STRAIGHT_WIKI,
    });
    expect(sim.controls.balances()).toEqual({ orange_bf: 500_000, moov_bf: 497_500 });
  });

  it.each([
    ["a landline", "22625123456"],
    ["a foreign number", "2250701020304"],
    ["garbage", "abc"],
  ])("refuses %s with Code05 (operator not identified)", async (_case, customer) => {
    await expectMerchantCode(payoutBody(customer, 1000, { topUpWallet: null }), "05");
  });

  it("refuses Code03 without a sub-account on the network, Code08 on low balance, Code02 out of range", async () => {
    await expectMerchantCode(payoutBody("22678000000"), "03");
    sim.controls.setBalance("orange_bf", 100);
    await expectMerchantCode(payoutBody("22676000009", 101), "08");
    await expectMerchantCode(payoutBody("22676000009", 19), "02");
    await expectMerchantCode(payoutBody("22676000009", 1_000_001), "02");
    sim.controls.setBalance("moov_bf", null);
    await expectMerchantCode(payoutBody("22670000009", 100), "03");
  });

  it.each([
    ["a non-integer amount", payoutBody("22676000009", 99.9)],
    ["no customer", { commande: { ...payoutBody("22676000009").commande, customer: undefined } }],
    ["custom_data as a string", { commande: { ...payoutBody("22676000009").commande, custom_data: "x" } }],
    ["invalid JSON", "{"],
  ])("refuses %s with Code10", async (_case, body) => {
    const answer = await callApi(
      sim,
      E7,
      typeof body === "string" ? { rawBody: body, method: "POST" } : { body },
    );
    expect(answer.json).toEqual(refusal("10", STRAIGHT_WIKI));
  });

  it("answers Code01 when payout is disabled and Code14 when the IP is denied (SDK table)", async () => {
    sim.controls.setMerchant({ payoutEnabled: false });
    await expectMerchantCode(payoutBody("22676000009"), "01");
    sim.controls.setMerchant({ payoutEnabled: true, ipAllowed: false });
    await expectMerchantCode(payoutBody("22676000009"), "14");
    // The docs' common-errors page says Code06 instead (docs/ligdicash-contract.md §5.4): the simulator can answer that.
    sim.controls.setMerchant({ merchantPayoutIpDeniedCode: "06" });
    await expectMerchantCode(payoutBody("22676000009"), "06");
  });

  it("accepts a duplicate transaction_id and debits again (no such code for merchant payouts)", async () => {
    const body = payoutBody("22676000009", 1000, { transactionId: "PAY-DUP" });
    const first = await callApi(sim, E7, { body });
    const second = await callApi(sim, E7, { body });
    expect(second.json.response_code).toBe("00");
    expect(second.json.token).not.toBe(first.json.token);
    expect(sim.controls.balances().orange_bf).toBe(498_000);
    expect(sim.controls.transactions({ transactionId: "PAY-DUP" })).toHaveLength(2);
  });
});

describe("E8/E9 payout status", () => {
  async function payouts() {
    const client = (
      await callApi(sim, E6, { body: payoutBody(MOOV_WALLET, 1000, { transactionId: "PAYOUT-42" }) })
    ).json.token as string;
    const merchant = (
      await callApi(sim, E7, { body: payoutBody("22676000009", 700, { transactionId: "PAYOUT-43" }) })
    ).json.token as string;
    return { client, merchant };
  }

  const paths = [
    ["E8 withdrawal/confirm/", (t: string) => `${E8}?withdrawalToken=${t}`, STRAIGHT_WIKI],
    ["E8 without trailing slash", (t: string) => `withdrawal/confirm?withdrawalToken=${t}`, STRAIGHT_WIKI],
    ["E9 straight/payout/confirm/", (t: string) => `${E9}?payoutToken=${t}`, STRAIGHT_WIKI],
    ["E9 without trailing slash", (t: string) => `straight/payout/confirm?payoutToken=${t}`, STRAIGHT_WIKI],
  ] as const;

  it.each(paths)("%s answers both payout kinds", async (_case, path, wiki) => {
    const { client, merchant } = await payouts();
    const clientAnswer = await callApi(sim, path(client));
    expect(clientAnswer.json).toEqual({
      response_code: "00",
      token: client,
      response_text: "",
      description: "",
      custom_data: [],
      status: "pending",
      operator_id: "12",
      operator_name: "MOOV AFRICA BURKINA",
      amount: "1000",
      montant: "1000",
      customer: MOOV_WALLET,
      date: expect.stringMatching(/\+00$/) as unknown,
      request_id: expect.stringMatching(/^P\d+$/) as unknown,
      external_id: "PAYOUT-42",
      transaction_id: "PAYOUT-42",
      wiki,
    });
    expect((await callApi(sim, path(merchant))).json).toMatchObject({
      token: merchant,
      status: "pending",
      operator_id: "11",
      amount: "700",
      transaction_id: "PAYOUT-43",
    });
  });

  it("answers Code01 on both paths when payouts are disabled, Code02 for an unknown token", async () => {
    for (const path of [`${E8}?withdrawalToken=unknown`, `${E9}?payoutToken=unknown`]) {
      expect((await callApi(sim, path)).json.response_text).toBe("Echec (Code02)");
      sim.controls.setMerchant({ payoutEnabled: false });
      expect((await callApi(sim, path)).json.response_text).toBe("Echec (Code01)");
      sim.controls.setMerchant({ payoutEnabled: true });
    }
  });

  it("accepts POST as well as GET", async () => {
    const { client } = await payouts();
    const answer = await callApi(sim, `${E8}?withdrawalToken=${client}`, { method: "POST", rawBody: "" });
    expect(answer.json.status).toBe("pending");
    const viaBody = await callApi(sim, E9, { method: "POST", body: { payoutToken: client } });
    expect(viaBody.json.status).toBe("pending");
  });

  it("reports settlement; a failed payout gives the money back, a completed one does not", async () => {
    const { client, merchant } = await payouts();
    expect(sim.controls.balances()).toEqual({ orange_bf: 499_300, moov_bf: 499_000 });
    sim.controls.settle({ token: client, status: "completed" });
    sim.controls.settle({ transactionId: "PAYOUT-43", status: "notcompleted" });
    expect((await callApi(sim, `${E8}?withdrawalToken=${client}`)).json.status).toBe("completed");
    expect((await callApi(sim, `${E9}?payoutToken=${merchant}`)).json.status).toBe("notcompleted");
    expect(sim.controls.balances()).toEqual({ orange_bf: 500_000, moov_bf: 499_000 });
    expect(() => sim.controls.settle({ token: merchant, status: "completed" })).toThrow(/final/);
  });

  it("answers Code02 for unknown and payin tokens, Code04 without token", async () => {
    const payin = (await callApi(sim, E1, { body: invoiceBody() })).json.token as string;
    for (const path of [`${E8}?withdrawalToken=nope`, `${E9}?payoutToken=${payin}`]) {
      expect((await callApi(sim, path)).json).toEqual(refusal("02", STRAIGHT_WIKI));
    }
    expect((await callApi(sim, E8)).json).toEqual(refusal("04", STRAIGHT_WIKI));
    expect((await callApi(sim, `${E9}?withdrawalToken=x`)).json).toEqual(refusal("04", STRAIGHT_WIKI));
  });
});

describe("balances and wallets", () => {
  it("starts with 500,000 XOF on Orange BF and Moov BF and three seeded wallets", async () => {
    expect((await callControl(sim, "balances")).json).toEqual({ orange_bf: 500_000, moov_bf: 500_000 });
    const wallets = (await callControl(sim, "wallets")).json as { phone: string }[];
    expect(wallets.map((wallet) => wallet.phone)).toEqual(["22676000001", "22670000002", "22656000003"]);
  });

  it("credits a completed payin to the payer's operator, not a cancelled one", async () => {
    const first = (await callApi(sim, E1, { body: invoiceBody() })).json.token as string;
    const second = (await callApi(sim, E1, { body: invoiceBody() })).json.token as string;
    sim.controls.settle({ token: first, status: "completed", phone: "22670000002" });
    sim.controls.settle({ token: second, status: "notcompleted" });
    expect(sim.controls.balances()).toEqual({ orange_bf: 500_000, moov_bf: 512_500 });
  });

  it("sets balances and manages wallets over HTTP", async () => {
    expect((await callControl(sim, "balances", "PUT", { orange_bf: 1234, moov_bf: null })).json).toEqual({
      orange_bf: 1234,
    });
    expect((await callControl(sim, "balances", "PUT", { mtn: 5 })).status).toBe(422);
    expect(
      (await callControl(sim, "wallets", "POST", { phone: "22651000000", firstname: "Ali" })).json,
    ).toEqual({
      phone: "22651000000",
      firstname: "Ali",
      lastname: "Simulé",
    });
    expect((await callControl(sim, "wallets", "POST", { phone: "51000000" })).status).toBe(422);
    expect((await callControl(sim, "wallets/22651000000", "DELETE")).json).toEqual({ removed: true });
    expect((await callControl(sim, "wallets/22651000000", "DELETE")).json).toEqual({ removed: false });
  });
});
