import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../server";
import { startReceiver, type Receiver } from "../testing/receiver";
import {
  E1,
  E2,
  E5,
  E6,
  E8,
  callApi,
  callControl,
  directBody,
  invoiceBody,
  payoutBody,
} from "../testing/client";

// The /_sim controls that are not covered elsewhere, the request log, reset and persistence.

let sim: RunningSimulator;
let receiver: Receiver;
beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  receiver = await startReceiver();
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});
beforeEach(() => {
  sim.controls.reset();
  receiver.received.length = 0;
});

describe("controls", () => {
  it("reports health", async () => {
    const health = await callControl(sim, "health");
    expect(health).toEqual({
      status: 200,
      json: {
        ok: true,
        name: "Simulateur LigdiCash",
        origin: sim.origin,
        transactions: 0,
        pendingTransactions: 0,
      },
    });
    expect(sim.baseUrl).toBe(`${sim.origin}/pay/v01/`);
    expect(sim.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it("logs every API request with method, path, query, headers and parsed body", async () => {
    const body = invoiceBody({ transactionId: "ORD-LOG" });
    const token = (await callApi(sim, E1, { body })).json.token as string;
    await callApi(sim, `${E5}?invoiceToken=${token}`);
    await callApi(sim, "nowhere/at/all", { body: {} });
    const all = sim.controls.requests();
    expect(all.map((entry) => [entry.endpoint, entry.method, entry.path])).toEqual([
      ["E1", "POST", "/pay/v01/redirect/checkout-invoice/create"],
      ["E5", "GET", "/pay/v01/redirect/checkout-invoice/confirm/"],
      [null, "POST", "/pay/v01/nowhere/at/all"],
    ]);
    expect(all[0]?.headers).toMatchObject({ apikey: "sim-api-key", authorization: "Bearer sim-auth-token" });
    expect(all[0]?.body).toEqual(body);
    expect(all[0]?.response?.body).toMatchObject({ response_code: "00", token });
    expect(all[1]?.query).toEqual({ invoiceToken: token });
    expect(all[2]?.response?.status).toBe(404);
    const overHttp = (await callControl(sim, "requests?endpoint=E5")).json as unknown[];
    expect(overHttp).toHaveLength(1);
    await callControl(sim, "requests", "DELETE");
    expect(sim.controls.requests()).toEqual([]);
  });

  it("switches the merchant project over HTTP", async () => {
    expect((await callControl(sim, "merchant", "PUT", { payinEnabled: false })).json).toEqual({
      keysValid: true,
      payinEnabled: false,
      payoutEnabled: true,
      ipAllowed: true,
      merchantPayoutIpDeniedCode: "14",
    });
    expect((await callApi(sim, E1, { body: invoiceBody() })).json.response_text).toBe("Echec (Code01)");
    expect((await callControl(sim, "merchant", "PUT", { payin: false })).status).toBe(422);
  });

  it("answers a status word no source documents, and the docs' minimal payout answer, over HTTP", async () => {
    const payout = (
      await callApi(sim, E6, { body: payoutBody("22676000001", 1500, { transactionId: "ODD-1" }) })
    ).json.token as string;
    const set = await callControl(sim, "status-answer", "PUT", {
      transaction_id: "ODD-1",
      status: "reversed",
    });
    expect(set).toEqual({ status: 200, json: { status: "reversed", minimal: false } });
    const odd = (await callApi(sim, `${E8}?withdrawalToken=${payout}`)).json;
    expect(odd).toMatchObject({ response_code: "00", status: "reversed", amount: "1500" });
    expect(sim.controls.transaction({ token: payout })?.status).toBe("pending"); // the truth is unchanged

    sim.controls.setStatusAnswer({ token: payout, status: null, minimal: true });
    const minimal = (await callApi(sim, `${E8}?withdrawalToken=${payout}`)).json;
    expect(Object.keys(minimal).sort()).toEqual([
      "custom_data",
      "description",
      "operator_id",
      "operator_name",
      "response_code",
      "response_text",
      "status",
      "token",
      "wiki",
    ]);
    expect(minimal.status).toBe("pending");

    const invoice = (await callApi(sim, E1, { body: invoiceBody() })).json.token as string;
    sim.controls.setStatusAnswer({ token: invoice, minimal: true });
    const payin = (await callApi(sim, `${E5}?invoiceToken=${invoice}`)).json;
    expect(payin).not.toHaveProperty("amount");
    expect(payin).not.toHaveProperty("montant");
    expect(payin).toHaveProperty("request_id");

    expect((await callControl(sim, "status-answer", "PUT", { status: "x" })).status).toBe(422);
    sim.controls.reset();
    expect(sim.controls.transactions()).toHaveLength(0);
  });

  it("settles by transaction_id over HTTP and validates the request", async () => {
    await callApi(sim, E1, { body: invoiceBody({ transactionId: "ORD-HTTP" }) });
    const settled = await callControl(sim, "settle", "POST", {
      transaction_id: "ORD-HTTP",
      status: "completed",
      operator: "moov_bf",
    });
    expect(settled.json).toMatchObject({ status: "completed", operator: "moov_bf", payer: "22670000002" });
    expect(
      (await callControl(sim, "settle", "POST", { transaction_id: "ORD-HTTP", status: "notcompleted" }))
        .status,
    ).toBe(409);
    expect(
      (await callControl(sim, "settle", "POST", { transaction_id: "NOPE", status: "completed" })).status,
    ).toBe(404);
    expect((await callControl(sim, "settle", "POST", { status: "completed" })).status).toBe(422);
    expect(
      (await callControl(sim, "settle", "POST", { transaction_id: "ORD-HTTP", status: "paid" })).status,
    ).toBe(422);
    expect((await callControl(sim, "transactions?status=completed")).json).toHaveLength(1);
  });

  it("refuses a payer that does not match the operator or the direct payin's number", async () => {
    const token = (await callApi(sim, E1, { body: invoiceBody() })).json.token as string;
    expect(() =>
      sim.controls.settle({ token, status: "completed", operator: "orange_bf", phone: "22670000002" }),
    ).toThrow(/moov_bf/);
    expect(() => sim.controls.settle({ token, status: "completed", phone: "22678000000" })).toThrow(
      /no supported operator/,
    );
    const direct = (await callApi(sim, E2, { body: directBody("22670000002", "") })).json.token as string;
    expect(sim.controls.settle({ token: direct, status: "completed" })).toMatchObject({
      payer: "22670000002",
    });
  });

  it("merges per-operator minimums into the limits", async () => {
    sim.controls.setLimits({ operatorPayinMin: { moov_bf: 5000 } });
    expect(sim.controls.limits().operatorPayinMin).toEqual({ orange_bf: 10, moov_bf: 5000 });
    expect((await callControl(sim, "limits", "PUT", { payinMax: -1 })).status).toBe(422);
  });

  it("answers 404 for unknown controls and 405 for wrong methods", async () => {
    expect((await callControl(sim, "nothing")).status).toBe(404);
    expect((await callControl(sim, "settle")).status).toBe(405);
  });

  it("reset restores balances, wallets, settings and forgets transactions", async () => {
    await callApi(sim, E6, { body: payoutBody("22676000001") });
    sim.controls.setBalance("moov_bf", 1);
    sim.controls.removeWallet("22670000002");
    sim.controls.addFault({ kind: "status" });
    sim.controls.setLimits({ payinMin: 1 });
    await callControl(sim, "reset", "POST");
    expect(sim.controls.transactions()).toEqual([]);
    expect(sim.controls.balances()).toEqual({ orange_bf: 500_000, moov_bf: 500_000 });
    expect(sim.controls.wallets()).toHaveLength(3);
    expect(sim.controls.faults()).toEqual([]);
    expect(sim.controls.limits().payinMin).toBe(20);
    expect(sim.controls.requests()).toEqual([]);
  });

  it("auto-settles new direct payins and payouts when enabled", async () => {
    await callControl(sim, "auto-settle", "PUT", { enabled: true, delayMs: 50 });
    const body = directBody("22676000001", "123456", 2500, receiver.url);
    const token = (await callApi(sim, E2, { body })).json.token as string;
    const hosted = (await callApi(sim, E1, { body: invoiceBody() })).json.token as string;
    await receiver.waitFor(2);
    expect(sim.controls.transaction({ token })?.status).toBe("completed");
    expect(sim.controls.transaction({ token: hosted })?.status).toBe("pending");
    expect(sim.controls.balances().orange_bf).toBe(502_500);
  });
});

describe("persistence through stateFile", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ligdicash-sim-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps transactions, balances and wallets across a restart", async () => {
    const stateFile = path.join(dir, "nested", "state.json");
    const first = await startSimulator({ port: 0, stateFile });
    const payin = (await callApi(first, E1, { body: invoiceBody({ transactionId: "ORD-P" }) })).json
      .token as string;
    const pendingPayin = (await callApi(first, E1, { body: invoiceBody() })).json.token as string;
    const payout = (await callApi(first, E6, { body: payoutBody("22670000002", 3000) })).json.token as string;
    first.controls.settle({ token: payin, status: "completed", phone: "22676000001" });
    first.controls.addWallet({ phone: "22651111111", firstname: "Ali" });
    first.controls.setBalance("orange_bf", 42);
    await first.close();
    expect(JSON.parse(readFileSync(stateFile, "utf8"))).toMatchObject({ version: 1 });

    const second = await startSimulator({ port: 0, stateFile });
    try {
      expect((await callApi(second, `${E5}?invoiceToken=${payin}`)).json).toMatchObject({
        status: "completed",
        customer: "22676000001",
        transaction_id: "ORD-P",
      });
      expect((await callApi(second, `${E8}?withdrawalToken=${payout}`)).json).toMatchObject({
        status: "pending",
        amount: "3000",
      });
      expect(second.controls.balances()).toEqual({ orange_bf: 42, moov_bf: 497_000 });
      expect(second.controls.wallets().map((wallet) => wallet.phone)).toContain("22651111111");
      // A pending invoice can still be paid on the restarted simulator's checkout page.
      expect((await fetch(`${second.origin}/pay/invoice/${pendingPayin}`)).status).toBe(200);
      second.controls.settle({ token: pendingPayin, status: "notcompleted" });
    } finally {
      await second.close();
    }
    const third = await startSimulator({ port: 0, stateFile });
    expect(third.controls.transaction({ token: pendingPayin })?.status).toBe("notcompleted");
    await third.close();
  });

  it("refuses to start on a corrupt state file", async () => {
    const stateFile = path.join(dir, "corrupt.json");
    writeFileSync(stateFile, '{"version":2}');
    await expect(startSimulator({ port: 0, stateFile })).rejects.toThrow(/not valid/);
  });

  it("starts without a state file (nothing written)", async () => {
    const other = await startSimulator({ port: 0 });
    expect(other.controls.balances()).toEqual({ orange_bf: 500_000, moov_bf: 500_000 });
    await other.close();
  });
});
