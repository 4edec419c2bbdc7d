import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { reconcilePending } from "@/lib/reconciliation/reconcile-pending";
import { lazyRequest } from "@/test/support/lazy-request";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { receiveCallback } from "./receive-callback";
import { MAX_STORED_BODY } from "./store-delivery";
import { sweepDeliveries } from "./sweep-deliveries";
import { startCallbackEndpoint, type CallbackEndpoint } from "@/test/support/callbacks/callback-endpoint";
import {
  postCopiesAtOnce,
  sentInvoice as sendInvoice,
  settleSilently as settleAtSimulatorSilently,
} from "@/test/support/callbacks/sent-invoice";

const { db } = withTestDb(40);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let endpoint: CallbackEndpoint;
let userId: string;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  gateway = createSimulatorClient(sim.baseUrl);
  endpoint = await startCallbackEndpoint(db(), gateway);
  userId = (
    await db().user.create({ data: { email: "cb@test.bf", name: "F", role: "finance", passwordHash: "x" } })
  ).id;
});
afterAll(async () => {
  await endpoint.close();
  await sim.close();
});
beforeEach(() => sim.controls.setCallbackBehaviour({ mode: "normal" }));

/** An invoice handed to the simulator; `storeToken: false` = the creation answer is not stored yet. */
const sentInvoice = (amount = 12_500, storeToken = true) =>
  sendInvoice({ db: db(), gateway, createdById: userId, callbackUrl: endpoint.url }, amount, storeToken);

const statusCalls = () => sim.controls.requests({ endpoint: "E5" }).length;
const post = (body: string, contentType: string) =>
  fetch(endpoint.url, { method: "POST", body, headers: { "content-type": contentType } });
const deliveries = (invoiceId: string) =>
  db().callbackDelivery.findMany({
    where: { claimedTransactionId: invoiceId },
    orderBy: { receivedAt: "asc" },
  });
const journals = (invoiceId: string) =>
  db().ledgerJournal.findMany({ where: { invoiceId }, include: { entries: true } });

const settleSilently = (token: string, status: "completed" | "notcompleted" = "completed") =>
  settleAtSimulatorSilently(sim, token, status);

describe("callback processing", () => {
  it("100 concurrent copies of one callback: one transition, one posting, ONE status call", async () => {
    const invoice = await sentInvoice(7_500);
    const copies = await settleSilently(invoice.token);
    expect(copies).toHaveLength(2);
    const before = statusCalls();
    const answers = await postCopiesAtOnce(endpoint.url, copies, 100);
    expect(answers.every((a) => a.status === 200)).toBe(true);
    await endpoint.idle();
    expect(statusCalls() - before).toBe(1);
    const rows = await deliveries(invoice.id);
    expect(rows).toHaveLength(100);
    expect(rows.filter((r) => r.outcome === "applied")).toHaveLength(1);
    expect(rows.filter((r) => r.outcome === "duplicate")).toHaveLength(99);
    expect(
      rows.every(
        (r) => r.verifiedStatus === "completed" && r.verifiedAmount === 7_500 && r.invoiceId === invoice.id,
      ),
    ).toBe(true);
    const posted = await journals(invoice.id);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.entries.map((e) => e.amount).sort((a, b) => a - b)).toEqual([-7_500, 7_500]);
    expect((await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("completed");
  });

  it.each(["normal", "reversed"] as const)(
    "JSON and form copies, %s order: applied once, the other a duplicate",
    async (mode) => {
      const invoice = await sentInvoice(3_000);
      sim.controls.setCallbackBehaviour({ mode });
      sim.controls.settle({
        token: invoice.token,
        status: "completed",
        operator: "moov_bf",
        phone: "22670000002",
      });
      await sim.controls.callbacksIdle();
      await endpoint.idle();
      const rows = await deliveries(invoice.id);
      expect(rows.map((r) => r.contentType.split(";")[0])).toEqual(
        mode === "normal"
          ? ["application/json", "application/x-www-form-urlencoded"]
          : ["application/x-www-form-urlencoded", "application/json"],
      );
      expect(rows.map((r) => r.outcome).sort()).toEqual(["applied", "duplicate"]);
      expect(await journals(invoice.id)).toHaveLength(1);
    },
  );

  it("a callback that arrives before the creation answer was stored is kept, then applied once the token exists", async () => {
    const invoice = await sentInvoice(4_000, false);
    const copies = await settleSilently(invoice.token);
    const before = statusCalls();
    for (const copy of copies) await post(copy.body, copy.contentType);
    await endpoint.idle();
    expect(statusCalls()).toBe(before); // no token, nothing to ask with
    expect((await deliveries(invoice.id)).map((r) => [r.outcome, r.flagReason])).toEqual([
      ["received", "awaiting_creation_token"],
      ["received", "awaiting_creation_token"],
    ]);
    // The invoice flow stores its token; the sweeper (background worker) takes the deliveries again.
    await db().invoice.update({
      where: { id: invoice.id },
      data: { gatewayToken: invoice.token, status: "pending", sentAt: new Date() },
    });
    await sweepDeliveries(db(), gateway, { now: new Date(Date.now() + 60_000) });
    expect((await deliveries(invoice.id)).map((r) => r.outcome).sort()).toEqual(["applied", "duplicate"]);
    expect(await journals(invoice.id)).toHaveLength(1);
    expect(statusCalls() - before).toBe(1);
  });

  it("a forged 'completed' for a payment LigdiCash says is pending: nothing applied, flagged", async () => {
    const invoice = await sentInvoice(9_000);
    await sim.controls.sendCallback({ token: invoice.token, status: "completed" });
    await endpoint.idle();
    const rows = await deliveries(invoice.id);
    expect(rows).toHaveLength(2);
    expect(
      rows.every(
        (r) =>
          r.outcome === "flagged" &&
          r.flagReason === "claimed_completed_verified_pending" &&
          r.verifiedStatus === "pending",
      ),
    ).toBe(true);
    expect((await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("pending");
    expect(await journals(invoice.id)).toHaveLength(0);
  });

  it("a forged amount on a real payment is flagged (the truth is still applied once)", async () => {
    const invoice = await sentInvoice(5_000);
    const [json] = await settleSilently(invoice.token);
    const forged = JSON.stringify({ ...(JSON.parse(json!.body) as object), amount: 50, montant: 50 });
    await post(forged, "application/json");
    await endpoint.idle();
    const [row] = await deliveries(invoice.id);
    expect(row).toMatchObject({
      outcome: "flagged",
      flagReason: "claimed_amount_differs",
      verifiedAmount: 5_000,
    });
    expect(await journals(invoice.id)).toHaveLength(1);
  });

  it("unknown ids and unreadable bodies: stored, answered 200, no status call", async () => {
    const before = statusCalls();
    const unknown = await post(
      JSON.stringify({ status: "completed", amount: 100, transaction_id: "nope-123" }),
      "application/json",
    );
    const garbage = await post("{not json", "application/json");
    expect([unknown.status, garbage.status]).toEqual([200, 200]);
    await endpoint.idle();
    expect(statusCalls()).toBe(before);
    expect(
      (await db().callbackDelivery.findFirstOrThrow({ where: { claimedTransactionId: "nope-123" } })).outcome,
    ).toBe("unknown_transaction");
    expect(await db().callbackDelivery.findFirstOrThrow({ where: { body: "{not json" } })).toMatchObject({
      outcome: "flagged",
      flagReason: "malformed:invalid_json",
    });
  });

  it("a form body of 8,000 nested keys is stored and answered 200 like any other", async () => {
    const id = `deep-${crypto.randomUUID()}`;
    const answer = await post(
      `${"a" + "[a]".repeat(8_000)}=1&status=completed&transaction_id=${id}`,
      "application/x-www-form-urlencoded",
    );
    expect(answer.status).toBe(200);
    await endpoint.idle();
    expect(
      (await db().callbackDelivery.findFirstOrThrow({ where: { claimedTransactionId: id } })).outcome,
    ).toBe("unknown_transaction");
  });

  it.each([1, 50])(
    "a %i MB body: read only to the 64 KB kept, stored flagged truncated, answered like any other",
    async (megabytes) => {
      const { request, source, chunks } = lazyRequest(megabytes * 1024 * 1024, 64 * 1024, {
        "content-type": "application/json",
      });
      const stored = await receiveCallback(db(), request);
      expect(source.pulled).toBeLessThan(chunks);
      expect(stored.processable).toBe(false);
      const row = await db().callbackDelivery.findUniqueOrThrow({ where: { id: stored.id } });
      expect(row).toMatchObject({ outcome: "flagged", flagReason: "truncated" });
      expect(row.body).toHaveLength(MAX_STORED_BODY);
    },
  );

  it("a transaction id ending in \\u0000 (NUL once parsed) is stored with its body and answered 200", async () => {
    const id = `nul-${crypto.randomUUID()}`;
    const body = `{"status":"completed","transaction_id":"${id}\\u0000"}`;
    const answer = await post(body, "application/json");
    expect(answer.status).toBe(200);
    await endpoint.idle();
    const row = await db().callbackDelivery.findFirstOrThrow({ where: { body } });
    expect(row).toMatchObject({ claimedTransactionId: `${id}\\u0000`, outcome: "unknown_transaction" });
  });

  it("a payout without creation token (outcome unknown): flagged unverifiable, never applied", async () => {
    const payout = await db().payout.create({
      data: {
        idempotencyKey: crypto.randomUUID(),
        purpose: "refund",
        destination: "mobile_money",
        status: "outcome_unknown",
        amount: 1_000,
        reason: "R",
        recipientPhone: "22670000002",
        recipientSource: "typed_twice",
        operator: "moov_bf",
        requestedById: userId,
      },
    });
    const body = JSON.stringify({
      response_code: "00",
      token: "eyJx.eyJ5.c2ln",
      status: "completed",
      custom_data: [],
      operator_id: 12,
      url: endpoint.url,
      url_method: "",
      transaction_id: payout.id,
      external_id: payout.id,
      montant: "1000",
      amount: "1000",
    });
    await post(body, "application/json");
    await endpoint.idle();
    const row = await db().callbackDelivery.findFirstOrThrow({ where: { claimedTransactionId: payout.id } });
    expect(row).toMatchObject({
      kind: "payout",
      outcome: "flagged",
      flagReason: "unverifiable_no_token",
      payoutId: payout.id,
    });
    expect((await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe(
      "outcome_unknown",
    );
    expect(await db().ledgerJournal.count({ where: { payoutId: payout.id } })).toBe(0);
  });

  it("a callback that never comes: reconciliation settles the payment", async () => {
    const invoice = await sentInvoice(6_000);
    await settleSilently(invoice.token);
    expect((await reconcilePending(db(), gateway, { now: new Date(Date.now() + 30_000) })).checked).toBe(0); // too early
    const result = await reconcilePending(db(), gateway, { now: new Date(Date.now() + 2 * 60_000) });
    expect(result.settled).toBeGreaterThanOrEqual(1);
    expect((await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("completed");
    expect(await journals(invoice.id)).toHaveLength(1);
  });

  it("a still-pending payment is asked again later, on the backoff schedule", async () => {
    const invoice = await sentInvoice(2_000);
    const now = new Date(Date.now() + 2 * 60_000);
    await reconcilePending(db(), gateway, { now });
    const next = (await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).nextCheckAt!;
    expect(next.getTime() - now.getTime()).toBeGreaterThanOrEqual(60_000);
    const calls = statusCalls();
    await reconcilePending(db(), gateway, { now: new Date(now.getTime() + 30_000) });
    expect(statusCalls()).toBe(calls);
  });
});
