import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/app-error";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { setApprovalSettings } from "@/lib/settings/approval-settings";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { createPaidInvoice, refundInput } from "@/test/support/payouts/refund-fixtures";
import { withTestDb } from "@/test/support/test-db";
import { approvePayout } from "./approve-payout";
import { cancelPayout } from "./cancel-payout";
import { requestPayout } from "./request-payout";
import type { RequestPayoutInput } from "./schemas";

const { db } = withTestDb(30);
let sim: RunningSimulator;
let gateway: LigdicashClient;
type Person = { id: string; email: string };
let finance: Person;
let otherFinance: Person;
let manager: Person;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  gateway = createSimulatorClient(sim.baseUrl, { timeoutMs: 5_000, callbackUrl: "http://127.0.0.1:9/cb" });
  const user = (role: "finance" | "manager", email: string) =>
    db().user.create({
      data: { email, name: role, role, passwordHash: "x" },
      select: { id: true, email: true },
    });
  finance = await user("finance", "finance@test.bf");
  otherFinance = await user("finance", "finance2@test.bf");
  manager = await user("manager", "manager@test.bf");
  // Threshold 0: every payout waits for a manager, so each one below starts `awaiting_approval`.
  await setApprovalSettings(
    { db: db(), actor: manager, ip: null },
    { approvalThreshold: 0, approvalRollingTotal: 1_000_000_000 },
  );
});
afterAll(async () => sim.close());
beforeEach(() => sim.controls.reset());

const supplierPayout = (amount = 500): RequestPayoutInput => ({
  idempotencyKey: crypto.randomUUID(),
  purpose: "supplier",
  amount,
  reason: "Livraison de tissu",
  destination: "mobile_money",
  recipient: { source: "typed_twice", phone: "70000002", phoneConfirm: "70000002" },
});

async function awaitingPayout(requester: Person, input = supplierPayout()): Promise<string> {
  const { payout } = await requestPayout({ db: db(), actor: requester, ip: null }, input);
  expect(payout.status).toBe("awaiting_approval");
  return payout.id;
}

const createCalls = (payoutId: string) =>
  sim.controls
    .requests()
    .filter((r) => (r.endpoint === "E6" || r.endpoint === "E7") && JSON.stringify(r.body).includes(payoutId))
    .length;

const ruleOf = (reason: unknown) => (reason instanceof AppError ? String(reason.details?.rule) : reason);
const audits = (action: string, payoutId: string) =>
  db().auditLog.count({ where: { action, targetId: payoutId } });

describe("cancelPayout", () => {
  it("the requester withdraws a waiting request: cancelled, audited, final, never sent", async () => {
    const id = await awaitingPayout(finance);
    const cancelled = await cancelPayout({ db: db(), actor: finance, ip: "10.0.0.7" }, { payoutId: id });
    expect(cancelled).toMatchObject({ status: "cancelled", decidedBy: { id: finance.id } });
    const record = await db().auditLog.findFirstOrThrow({
      where: { action: "payout.cancelled", targetId: id },
    });
    expect(record).toMatchObject({ actorId: finance.id, ip: "10.0.0.7" });
    const approval = approvePayout({ db: db(), actor: manager, ip: null, gateway }, { payoutId: id });
    await expect(approval).rejects.toMatchObject({ details: { rule: "not_awaiting_approval" } });
    await expect(
      cancelPayout({ db: db(), actor: finance, ip: null }, { payoutId: id }),
    ).rejects.toMatchObject({ code: "conflict", details: { rule: "not_cancellable" } });
    expect(createCalls(id)).toBe(0);
    expect(await audits("payout.cancelled", id)).toBe(1);
  });

  it("nobody cancels someone else's request, not even a manager; an unknown id is a 404", async () => {
    const id = await awaitingPayout(finance);
    for (const actor of [otherFinance, manager])
      await expect(cancelPayout({ db: db(), actor, ip: null }, { payoutId: id })).rejects.toMatchObject({
        code: "forbidden",
        details: { rule: "not_own_request" },
      });
    await expect(
      cancelPayout({ db: db(), actor: finance, ip: null }, { payoutId: "no-such-payout" }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await db().payout.findUniqueOrThrow({ where: { id } })).status).toBe("awaiting_approval");
  });

  it("a cancelled refund no longer counts against what the invoice may still refund", async () => {
    const invoice = await createPaidInvoice(db(), finance.id, 10_000);
    const first = await awaitingPayout(finance, refundInput(invoice.id, 10_000));
    await expect(
      requestPayout({ db: db(), actor: finance, ip: null }, refundInput(invoice.id, 1_000)),
    ).rejects.toMatchObject({ details: { rule: "refund_exceeds" } });
    await cancelPayout({ db: db(), actor: finance, ip: null }, { payoutId: first });
    await awaitingPayout(finance, refundInput(invoice.id, 10_000));
  });

  it("ten simultaneous cancels of one request: one wins, one audit record", async () => {
    const id = await awaitingPayout(finance);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        cancelPayout({ db: db(), actor: finance, ip: null }, { payoutId: id }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(ruleOf(r.reason)).toBe("not_cancellable");
    expect(await audits("payout.cancelled", id)).toBe(1);
  });

  it("a cancel racing a manager's approval, 30 times: exactly one wins each time, and a cancelled payout is never sent", async () => {
    const winners = { cancel: 0, approve: 0 };
    for (let round = 0; round < 30; round++) {
      const id = await awaitingPayout(finance);
      const [cancel, approve] = await Promise.allSettled([
        cancelPayout({ db: db(), actor: finance, ip: null }, { payoutId: id }),
        approvePayout({ db: db(), actor: manager, ip: null, gateway }, { payoutId: id }),
      ]);
      const row = await db().payout.findUniqueOrThrow({ where: { id } });
      if (cancel.status === "fulfilled") {
        winners.cancel++;
        expect(approve.status).toBe("rejected");
        if (approve.status === "rejected") expect(ruleOf(approve.reason)).toBe("not_awaiting_approval");
        expect(row.status).toBe("cancelled");
        expect(createCalls(id)).toBe(0);
        expect([await audits("payout.cancelled", id), await audits("payout.approved", id)]).toEqual([1, 0]);
      } else {
        winners.approve++;
        expect(ruleOf(cancel.reason)).toBe("not_cancellable");
        expect(approve.status).toBe("fulfilled");
        expect(row.status).not.toBe("cancelled");
        expect(createCalls(id)).toBe(1);
        expect([await audits("payout.cancelled", id), await audits("payout.approved", id)]).toEqual([0, 1]);
      }
    }
    expect(winners.cancel + winners.approve).toBe(30);
    console.info(`[cancel race] cancel won ${winners.cancel}, approval won ${winners.approve}`);
  });
});
