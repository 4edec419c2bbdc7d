import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSimulator, type RunningSimulator } from "../server";
import { E1, E5, E7, callApi, callControl, invoiceBody, payoutBody } from "../testing/client";

// Injected faults: delay, HTTP 5xx, garbage, hang — per endpoint, for N requests or until cleared.

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

describe("faults", () => {
  it("delay: answers late, only on the chosen endpoint, for the next N requests", async () => {
    sim.controls.addFault({ kind: "delay", delayMs: 300, endpoints: ["E5"], count: 1 });
    const created = await callApi(sim, E1, { body: invoiceBody() });
    expect(created.ms).toBeLessThan(250);
    const token = created.json.token as string;
    const slow = await callApi(sim, `${E5}?invoiceToken=${token}`);
    expect(slow.ms).toBeGreaterThanOrEqual(290);
    expect(slow.json.status).toBe("pending");
    const fast = await callApi(sim, `${E5}?invoiceToken=${token}`);
    expect(fast.ms).toBeLessThan(250);
    expect(sim.controls.faults()).toEqual([]);
  });

  it("status: a 5xx HTML page, the request not executed", async () => {
    sim.controls.addFault({ kind: "status", status: 503, count: 2 });
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const answer = await callApi(sim, E1, { body: invoiceBody() });
      expect(answer.status).toBe(503);
      expect(() => JSON.parse(answer.text) as unknown).toThrow();
    }
    expect(sim.controls.transactions()).toHaveLength(0);
    expect((await callApi(sim, E1, { body: invoiceBody() })).json.response_code).toBe("00");
  });

  it("garbage: HTTP 200 with a non-JSON body", async () => {
    sim.controls.addFault({ kind: "garbage", endpoints: ["E1"] });
    const answer = await callApi(sim, E1, { body: invoiceBody() });
    expect(answer.status).toBe(200);
    expect(answer.text).toMatch(/^<!DOCTYPE html>/);
    expect(answer.json).toEqual({});
  });

  it("lasts until cleared when no count is given", async () => {
    await callControl(sim, "faults", "POST", { kind: "status" });
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await callApi(sim, E1, { body: invoiceBody() })).status).toBe(502);
    expect(((await callControl(sim, "faults")).json as { hits: number }[])[0]?.hits).toBe(3);
    await callControl(sim, "faults", "DELETE");
    expect((await callApi(sim, E1, { body: invoiceBody() })).status).toBe(200);
  });

  it("hang: never answers; a processed hang still creates the payout (outcome unknown)", async () => {
    sim.controls.addFault({ kind: "hang", endpoints: ["E7"], count: 1, processed: true });
    const request = callApi(sim, E7, { body: payoutBody("22676000009", 1000), timeoutMs: 300 });
    await expect(request).rejects.toThrow(/aborted|timeout/i);
    expect(sim.controls.transactions({ kind: "payout_merchant" })).toHaveLength(1);
    expect(sim.controls.balances().orange_bf).toBe(499_000);
    const logged = sim.controls.requests({ endpoint: "E7" });
    expect(logged[0]).toMatchObject({ fault: "hang", response: null });
  });

  it("hang without processing leaves no trace but the request log, and close() still returns", async () => {
    const other = await startSimulator({ port: 0 });
    other.controls.addFault({ kind: "hang" });
    const pending = callApi(other, E1, { body: invoiceBody(), timeoutMs: 5000 }).catch(
      (error: Error) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(other.controls.requests()).toHaveLength(1);
    expect(other.controls.transactions()).toHaveLength(0);
    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await pending).toBeInstanceOf(Error);
  });

  it("validates fault definitions", async () => {
    expect((await callControl(sim, "faults", "POST", { kind: "explode" })).status).toBe(422);
    expect((await callControl(sim, "faults", "POST", { kind: "status", status: 200 })).status).toBe(422);
    expect((await callControl(sim, "faults", "POST", { kind: "delay", endpoints: ["E42"] })).status).toBe(
      422,
    );
    const rule = (await callControl(sim, "faults", "POST", { kind: "delay", delayMs: 10 })).json as {
      id: number;
    };
    expect((await callControl(sim, `faults/${rule.id}`, "DELETE")).json).toEqual({ removed: true });
  });
});
