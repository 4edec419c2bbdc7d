import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../server";
import { startReceiver, type Receiver } from "../testing/receiver";
import { E1, E5, E6, E7, JWT_SHAPE, callApi, callControl, invoiceBody, payoutBody } from "../testing/client";

// The double callback (docs/ligdicash-contract.md §7) and every callback behaviour control.

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
  receiver.respond.status = 200;
  receiver.respond.delayMs = 0;
});

const JSON_TYPE = "application/json";
const FORM_TYPE = "application/x-www-form-urlencoded";

async function hostedInvoice(transactionId = "ORD-42") {
  const answer = await callApi(sim, E1, { body: invoiceBody({ callbackUrl: receiver.url, transactionId }) });
  return answer.json.token as string;
}

const parseJsonBody = (body: string) => JSON.parse(body) as Record<string, unknown>;

describe("double callback", () => {
  it("posts a payin settlement twice: JSON then form-encoded with JSON-string custom_data", async () => {
    const token = await hostedInvoice();
    sim.controls.settle({ token, status: "completed", phone: "22676000001" });
    const [json, form] = await receiver.waitFor(2);
    expect(json?.method).toBe("POST");
    expect(json?.path).toBe("/ligdicash/callback");
    expect(json?.contentType).toBe(JSON_TYPE);
    expect(form?.contentType).toBe(FORM_TYPE);

    const payload = parseJsonBody(json?.body ?? "");
    expect(payload).toMatchObject({
      token: "",
      status: "completed",
      amount: 12500,
      montant: 12500,
      customer: "22676000001",
      operator_id: "11",
      operator_name: "ORANGE BURKINA",
      external_id: "ORD-42",
      response_code: "00",
      response_text: "",
      wiki: "https://client.ligdicash.com/wiki/confirmInvoice",
      customer_details: { firstname: "Awa", phone: "22676000001" },
    });
    expect(payload).not.toHaveProperty("transaction_id");
    const keys = (payload.custom_data as { keyof_customdata: string }[]).map(
      (entry) => entry.keyof_customdata,
    );
    expect(keys).toEqual(["transaction_id", "hash", "logfile"]);

    const fields = new URLSearchParams(form?.body);
    expect(fields.get("status")).toBe("completed");
    expect(fields.get("amount")).toBe("12500");
    expect(fields.get("token")).toBe("");
    expect(JSON.parse(fields.get("custom_data") ?? "null")).toEqual(payload.custom_data);
    expect(JSON.parse(fields.get("customer_details") ?? "null")).toEqual(payload.customer_details);
    expect([...fields.keys()].sort()).toEqual(Object.keys(payload).sort());

    // The callback agrees with confirm (which is what the merchant must trust).
    const confirm = await callApi(sim, `${E5}?invoiceToken=${token}`);
    expect(confirm.json.custom_data).toEqual(payload.custom_data);
    expect(confirm.json.request_id).toBe(payload.request_id);
  });

  it("posts a payout callback with its own JWT, an integer operator_id and string amounts", async () => {
    const created = await callApi(sim, E6, {
      body: payoutBody("22670000002", 1000, { callbackUrl: receiver.url, transactionId: "PAYOUT-42" }),
    });
    const token = created.json.token as string;
    sim.controls.settle({ token, status: "completed" });
    const [json, form] = await receiver.waitFor(2);
    const payload = parseJsonBody(json?.body ?? "");
    expect(payload).toEqual({
      response_code: "00",
      token: expect.stringMatching(JWT_SHAPE) as unknown,
      response_text: "",
      status: "completed",
      custom_data: [],
      operator_id: 12,
      operator_name: "LigdiCash MOOV AFRICA BURKINA",
      url: receiver.url,
      url_method: "",
      transaction_id: "PAYOUT-42",
      external_id: "PAYOUT-42",
      montant: "1000",
      amount: "1000",
    });
    expect(payload.token).not.toBe(token);
    expect(form?.contentType).toBe(FORM_TYPE);
    expect(new URLSearchParams(form?.body).get("operator_id")).toBe("12");
    expect(new URLSearchParams(form?.body).get("custom_data")).toBe("[]");
  });

  it("names a merchant payout's operator without the LigdiCash prefix", async () => {
    const created = await callApi(sim, E7, {
      body: payoutBody("22676000009", 500, { callbackUrl: receiver.url }),
    });
    sim.controls.settle({ token: created.json.token as string, status: "notcompleted" });
    const [json] = await receiver.waitFor(2);
    expect(parseJsonBody(json?.body ?? "")).toMatchObject({
      status: "notcompleted",
      operator_id: 11,
      operator_name: "ORANGE BURKINA",
    });
  });

  it("answers the settling request before the callbacks are delivered", async () => {
    receiver.respond.delayMs = 800;
    const token = await hostedInvoice();
    const started = Date.now();
    const answer = await callControl(sim, "settle", "POST", { token, status: "completed" });
    expect(answer.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(500);
    await sim.controls.callbacksIdle();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    expect(sim.controls.callbacks().map((record) => record.httpStatus)).toEqual([200, 200]);
  });

  it("records failed deliveries instead of throwing", async () => {
    receiver.respond.status = 500;
    const token = await hostedInvoice();
    sim.controls.settle({ token, status: "completed" });
    await sim.controls.callbacksIdle();
    expect(sim.controls.callbacks().map((record) => [record.httpStatus, record.error])).toEqual([
      [500, "HTTP 500"],
      [500, "HTTP 500"],
    ]);

    const body = invoiceBody({ callbackUrl: "http://127.0.0.1:9/unreachable" });
    const unreachable = (await callApi(sim, E1, { body })).json.token as string;
    sim.controls.settle({ token: unreachable, status: "completed" });
    await sim.controls.callbacksIdle();
    const last = sim.controls.callbacks().at(-1);
    expect(last).toMatchObject({ httpStatus: null, dropped: false });
    expect(last?.error).toMatch(/fetch failed/);
    const listed = (await callControl(sim, "callbacks")).json as unknown[];
    expect(listed).toHaveLength(4);
  });

  it("sends nothing when there is no callback URL", async () => {
    const token = (await callApi(sim, E1, { body: invoiceBody() })).json.token as string;
    sim.controls.settle({ token, status: "completed" });
    await sim.controls.callbacksIdle();
    expect(sim.controls.callbacks()).toEqual([]);
  });
});

describe("callback behaviour controls", () => {
  it("reversed: form-encoded copy first", async () => {
    sim.controls.setCallbackBehaviour({ mode: "reversed" });
    sim.controls.settle({ token: await hostedInvoice(), status: "completed" });
    const received = await receiver.waitFor(2);
    expect(received.map((request) => request.contentType)).toEqual([FORM_TYPE, JSON_TYPE]);
  });

  it("duplicated: k copies of each", async () => {
    await callControl(sim, "callback-behaviour", "PUT", { mode: "duplicated", copies: 3 });
    sim.controls.settle({ token: await hostedInvoice(), status: "completed" });
    await sim.controls.callbacksIdle();
    const types = receiver.received.map((request) => request.contentType);
    expect(types).toEqual([JSON_TYPE, FORM_TYPE, JSON_TYPE, FORM_TYPE, JSON_TYPE, FORM_TYPE]);
    expect(
      new Set(receiver.received.filter((r) => r.contentType === JSON_TYPE).map((r) => r.body)).size,
    ).toBe(1);
  });

  it("late: delivered after the delay", async () => {
    sim.controls.setCallbackBehaviour({ mode: "late", delayMs: 400 });
    const token = await hostedInvoice();
    const started = Date.now();
    sim.controls.settle({ token, status: "completed" });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(receiver.received).toHaveLength(0);
    const received = await receiver.waitFor(2);
    expect((received[0]?.at ?? 0) - started).toBeGreaterThanOrEqual(390);
  });

  it("never: nothing is sent, the drop is recorded", async () => {
    sim.controls.setCallbackBehaviour({ mode: "never" });
    sim.controls.settle({ token: await hostedInvoice(), status: "completed" });
    await sim.controls.callbacksIdle();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(receiver.received).toHaveLength(0);
    expect(sim.controls.callbacks().map((record) => record.dropped)).toEqual([true, true]);
  });

  it("forged: a callback claims completed at creation while the truth stays pending", async () => {
    sim.controls.setCallbackBehaviour({ mode: "forged" });
    const token = await hostedInvoice();
    const [json, form] = await receiver.waitFor(2);
    expect(parseJsonBody(json?.body ?? "")).toMatchObject({ status: "completed", operator_id: "11" });
    expect(new URLSearchParams(form?.body).get("status")).toBe("completed");
    expect((await callApi(sim, `${E5}?invoiceToken=${token}`)).json.status).toBe("pending");
    expect(sim.controls.callbacks()[0]).toMatchObject({
      forged: true,
      reason: "forged",
      actualStatus: "pending",
    });
  });

  it("send now: the truth by default, a forged status on request", async () => {
    const token = await hostedInvoice("ORD-MANUAL");
    const truth = await sim.controls.sendCallback({ token });
    expect(truth.map((record) => [record.claimedStatus, record.forged])).toEqual([
      ["pending", false],
      ["pending", false],
    ]);
    const forged = (
      await callControl(sim, "callbacks/send", "POST", { transaction_id: "ORD-MANUAL", status: "completed" })
    ).json as { forged: boolean; httpStatus: number }[];
    expect(forged.map((record) => [record.forged, record.httpStatus])).toEqual([
      [true, 200],
      [true, 200],
    ]);
    const statuses = receiver.received
      .filter((r) => r.contentType === JSON_TYPE)
      .map((r) => parseJsonBody(r.body).status);
    expect(statuses).toEqual(["pending", "completed"]);
    expect(sim.controls.transaction({ token })?.status).toBe("pending");
  });

  it("payinToken jwt: the payin callback carries a JWT that is not the creation token", async () => {
    sim.controls.setCallbackBehaviour({ payinToken: "jwt" });
    const token = await hostedInvoice();
    sim.controls.settle({ token, status: "completed" });
    const [json] = await receiver.waitFor(2);
    const callbackToken = parseJsonBody(json?.body ?? "").token;
    expect(callbackToken).toMatch(JWT_SHAPE);
    expect(callbackToken).not.toBe(token);
  });

  it("rejects an unknown mode and reports the current behaviour", async () => {
    expect((await callControl(sim, "callback-behaviour", "PUT", { mode: "sometimes" })).status).toBe(422);
    expect((await callControl(sim, "callback-behaviour")).json).toEqual({
      order: "json-first",
      copies: 1,
      delayMs: 0,
      deliver: true,
      forgeOnCreate: null,
      payinToken: "empty",
    });
  });
});
