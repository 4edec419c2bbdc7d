import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/app-error";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { createGatewayError } from "@/lib/ligdicash/errors";
import type { Locale } from "@/i18n/config";
import { gatewayErrorText, type Translator } from "@/lib/i18n/error-text";
import { loadTranslators } from "@/test/support/translators";
import type { GatewayErrorCode } from "@/lib/ligdicash/error-codes";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { setApprovalSettings } from "@/lib/settings/approval-settings";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { checkPayout } from "./check-payout";
import { decidePayout } from "./decide-payout";
import { listPayouts, PAYOUTS_PAGE_SIZE } from "./list-payouts";
import { payoutFiltersSchema } from "./schemas";
import { recoverStuckPayouts } from "./recover-stuck-payouts";
import { requestPayout } from "./request-payout";
import { resolvePayoutManually } from "./resolve-payout-manually";
import type { RequestPayoutInput } from "./schemas";
import { sendPayout } from "./send-payout";
import { sendToMobileMoneyInstead } from "./send-to-mobile-money-instead";
import { createPaidInvoice, refundInput } from "@/test/support/payouts/refund-fixtures";

let translators: Record<Locale, Translator>;
beforeAll(async () => {
  translators = await loadTranslators();
});
const gatewayErrorMessage = (code: string, locale: Locale) => gatewayErrorText(translators[locale], code);

const { db, url } = withTestDb(30);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let finance: { id: string; email: string };
let manager: { id: string; email: string };

// The rolling total is far away unless a test brings it close (the file's payouts add up).
const LIMITS = { approvalThreshold: 100_000, approvalRollingTotal: 1_000_000_000 };

const simulatorClient = (timeoutMs = 5_000) =>
  createSimulatorClient(sim.baseUrl, { timeoutMs, callbackUrl: "http://127.0.0.1:9/cb" });

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  gateway = simulatorClient();
  const user = (role: "finance" | "manager", email: string) =>
    db().user.create({
      data: { email, name: role, role, passwordHash: "x" },
      select: { id: true, email: true },
    });
  finance = await user("finance", "finance@test.bf");
  manager = await user("manager", "manager@test.bf");
  await setApprovalSettings({ db: db(), actor: manager, ip: null }, LIMITS);
});
afterAll(async () => sim.close());
beforeEach(() => sim.controls.reset());

const paidInvoice = (amount: number, payerPhone?: string) =>
  createPaidInvoice(db(), finance.id, amount, payerPhone);
const refund = refundInput;

const standalone = (
  amount: number,
  phone: string,
  extra: Partial<RequestPayoutInput> = {},
): RequestPayoutInput => ({
  idempotencyKey: crypto.randomUUID(),
  purpose: "supplier",
  amount,
  reason: "Facture fournisseur",
  destination: "mobile_money",
  recipient: { source: "typed_twice", phone, phoneConfirm: phone },
  ...extra,
});

const createCalls = (payoutId: string) =>
  sim.controls
    .requests()
    .filter((r) => (r.endpoint === "E6" || r.endpoint === "E7") && JSON.stringify(r.body).includes(payoutId))
    .length;

async function ruleOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return String(error.details?.rule);
    throw error;
  }
  return undefined;
}

describe("refund cap under concurrency", () => {
  it("50 concurrent requests for the last refundable amount: exactly one is accepted", async () => {
    const invoice = await paidInvoice(10_000);
    await requestPayout({ db: db(), actor: finance, ip: null }, refund(invoice.id, 6_000));
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        requestPayout({ db: db(), actor: finance, ip: null }, refund(invoice.id, 4_000)),
      ),
    );
    const accepted = results.filter((r) => r.status === "fulfilled");
    expect(accepted).toHaveLength(1);
    for (const r of results)
      if (r.status === "rejected") expect((r.reason as AppError).details?.rule).toBe("refund_exceeds");
    const sum = await db().payout.aggregate({
      where: { invoiceId: invoice.id },
      _sum: { amount: true },
      _count: true,
    });
    expect(sum).toMatchObject({ _sum: { amount: 10_000 }, _count: 2 });
    expect(await ruleOf(requestPayout({ db: db(), actor: finance, ip: null }, refund(invoice.id, 1)))).toBe(
      "refund_exceeds",
    );
  });

  it("rejected and failed refunds free the amount again; only completed invoices are refundable", async () => {
    const invoice = await paidInvoice(150_000);
    const big = await requestPayout({ db: db(), actor: finance, ip: null }, refund(invoice.id, 150_000));
    expect(big.payout.status).toBe("awaiting_approval");
    expect(await ruleOf(requestPayout({ db: db(), actor: finance, ip: null }, refund(invoice.id, 20)))).toBe(
      "refund_exceeds",
    );
    await decidePayout(
      { db: db(), actor: manager, ip: null },
      { payoutId: big.payout.id, decision: { approve: false, note: "Trop élevé" } },
    );
    const small = await requestPayout({ db: db(), actor: finance, ip: null }, refund(invoice.id, 50_000));
    expect(small.payout.status).toBe("approved");
    const pending = await db().invoice.create({
      data: {
        idempotencyKey: crypto.randomUUID(),
        channel: "hosted",
        status: "pending",
        totalAmount: 5_000,
        description: "x",
        customerFirstname: "a",
        customerLastname: "b",
        customerEmail: "a@b.bf",
        createdById: finance.id,
      },
    });
    expect(
      await ruleOf(requestPayout({ db: db(), actor: finance, ip: null }, refund(pending.id, 1_000))),
    ).toBe("invoice_not_completed");
  });

  it("refuses numbers that differ, unknown operators and Telecel before anything is stored", async () => {
    const base = standalone(1_000, "70112233");
    expect(
      await ruleOf(
        requestPayout(
          { db: db(), actor: finance, ip: null },
          { ...base, recipient: { source: "typed_twice", phone: "70112233", phoneConfirm: "70112234" } },
        ),
      ),
    ).toBe("phone_mismatch");
    expect(
      await ruleOf(requestPayout({ db: db(), actor: finance, ip: null }, standalone(1_000, "59112233"))),
    ).toBe("operator_unknown");
    expect(
      await ruleOf(requestPayout({ db: db(), actor: finance, ip: null }, standalone(1_000, "78112233"))),
    ).toBe("operator_not_supported");
    expect(
      await ruleOf(requestPayout({ db: db(), actor: finance, ip: null }, standalone(1_000, "123"))),
    ).toBe("phone_invalid");
    expect(await db().payout.count({ where: { purpose: "supplier" } })).toBe(0);
  });
});

describe("never twice", () => {
  it("a concurrent double submit (same key) stores one payout and calls LigdiCash once", async () => {
    const input = standalone(2_500, "+226 70 00 00 02");
    const stored = await Promise.all(
      Array.from({ length: 20 }, () => requestPayout({ db: db(), actor: finance, ip: null }, input)),
    );
    const ids = new Set(stored.map((s) => s.payout.id));
    expect(ids.size).toBe(1);
    expect(stored.filter((s) => s.created)).toHaveLength(1);
    const [id] = [...ids] as [string];
    const sent = await Promise.all(
      Array.from({ length: 20 }, () => sendPayout({ db: db(), gateway, actor: finance }, { payoutId: id })),
    );
    expect(sent.every((p) => p !== null)).toBe(true);
    expect(createCalls(id)).toBe(1);
    expect(sim.controls.transactions({ transactionId: id })).toHaveLength(1);
    const payout = await db().payout.findUniqueOrThrow({ where: { id } });
    expect(payout).toMatchObject({ status: "pending", recipientPhone: "22670000002", operator: "moov_bf" });
    expect(payout.gatewayToken).toBeTruthy();
    expect(await db().auditLog.count({ where: { action: "payout.sent", targetId: id } })).toBe(1);
  });

  it("a key reused with another body is refused with 422 idempotency_key_reused, even concurrently; the same body replays", async () => {
    const first = standalone(1_200, "22670000002");
    const other = { ...first, amount: 9_900 };
    const bodies = Array.from({ length: 10 }, (_, i) => (i % 2 ? other : first));
    const results = await Promise.allSettled(
      bodies.map((body) => requestPayout({ db: db(), actor: finance, ip: null }, body)),
    );
    const stored = await db().payout.findMany({ where: { idempotencyKey: first.idempotencyKey } });
    expect(stored).toHaveLength(1);
    const winner = stored[0]!.amount === first.amount ? first : other;
    results.forEach((result, i) => {
      if (bodies[i] === winner)
        expect(result.status === "fulfilled" && result.value.payout.id).toBe(stored[0]!.id);
      else
        expect(result.status === "rejected" && (result.reason as AppError).code).toBe(
          "idempotency_key_reused",
        );
    });
    expect(await requestPayout({ db: db(), actor: finance, ip: null }, winner)).toMatchObject({
      created: false,
    });
    const elsewhere = {
      ...winner,
      recipient: { source: "typed_twice" as const, phone: "70000003", phoneConfirm: "70000003" },
    };
    const refused = await requestPayout({ db: db(), actor: finance, ip: null }, elsewhere).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: "idempotency_key_reused", status: 422 });

    // A refund's key is checked again under the invoice lock: a larger amount is refused too.
    const invoice = await paidInvoice(5_000);
    const small = refund(invoice.id, 1_000);
    await requestPayout({ db: db(), actor: finance, ip: null }, small);
    const larger = await requestPayout(
      { db: db(), actor: finance, ip: null },
      { ...small, amount: 4_000 },
    ).catch((e: unknown) => e);
    expect(larger).toMatchObject({ code: "idempotency_key_reused" });
    expect(await db().payout.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });

  it("crash after the claim, before LigdiCash is called: becomes outcome_unknown, never sent", async () => {
    const { payout } = await requestPayout(
      { db: db(), actor: finance, ip: null },
      standalone(3_000, "22670000002"),
    );
    const crash = () => Promise.reject(new Error("process killed"));
    await expect(
      sendPayout(
        { db: db(), gateway, actor: finance },
        { payoutId: payout.id, hooks: { afterClaim: crash } },
      ),
    ).rejects.toThrow("process killed");
    expect((await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("sending");
    // "Restart": recovery, then every path that could send.
    expect(await recoverStuckPayouts(db(), 0)).toContain(payout.id);
    await sendPayout({ db: db(), gateway, actor: finance }, { payoutId: payout.id });
    await checkPayout({ db: db(), gateway }, { payoutId: payout.id, staleAfterMs: 0 });
    expect(sim.controls.transactions({ transactionId: payout.id })).toHaveLength(0);
    expect(createCalls(payout.id)).toBe(0);
    expect(await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).toMatchObject({
      status: "outcome_unknown",
      gatewayToken: null,
    });
  });

  it("crash after LigdiCash answered, before the token is stored: one payout at LigdiCash, never re-sent", async () => {
    const { payout } = await requestPayout(
      { db: db(), actor: finance, ip: null },
      standalone(4_000, "22676000001"),
    );
    const before = sim.controls.balances().orange_bf;
    await expect(
      sendPayout(
        { db: db(), gateway, actor: finance },
        {
          payoutId: payout.id,
          hooks: {
            afterCall: () => Promise.reject(new Error("process killed")),
          },
        },
      ),
    ).rejects.toThrow();
    await recoverStuckPayouts(db(), 0);
    await Promise.all([
      sendPayout({ db: db(), gateway, actor: finance }, { payoutId: payout.id }),
      sendPayout({ db: db(), gateway, actor: manager }, { payoutId: payout.id }),
      checkPayout({ db: db(), gateway }, { payoutId: payout.id, staleAfterMs: 0 }),
    ]);
    expect(sim.controls.transactions({ transactionId: payout.id })).toHaveLength(1);
    expect(createCalls(payout.id)).toBe(1);
    expect(sim.controls.balances().orange_bf).toBe((before ?? 0) - 4_000);
    expect(await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).toMatchObject({
      status: "outcome_unknown",
      gatewayToken: null,
    });
  });

  it("a process SIGKILLed while LigdiCash holds the call: one payout at LigdiCash, outcome_unknown after restart", async () => {
    const { payout } = await requestPayout(
      { db: db(), actor: finance, ip: null },
      standalone(6_000, "22670000002"),
    );
    // LigdiCash executes the payout but never answers: the sending process is stuck mid-call.
    sim.controls.addFault({ kind: "hang", endpoints: ["E7"], processed: true, count: 1 });
    const child = spawn(
      path.resolve("node_modules/.bin/tsx"),
      [
        "--conditions=react-server",
        path.resolve("test/support/payouts/send-in-child.ts"),
        url(),
        sim.baseUrl,
        payout.id,
        finance.id,
      ],
      { stdio: "pipe" },
    );
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    const deadline = Date.now() + 30_000;
    while (sim.controls.transactions({ transactionId: payout.id }).length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(sim.controls.transactions({ transactionId: payout.id })).toHaveLength(1);
    child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect((await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("sending");
    await recoverStuckPayouts(db(), 0);
    await Promise.all([
      sendPayout({ db: db(), gateway, actor: finance }, { payoutId: payout.id }),
      checkPayout({ db: db(), gateway }, { payoutId: payout.id, staleAfterMs: 0 }),
    ]);
    expect(createCalls(payout.id)).toBe(1);
    expect(await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).toMatchObject({
      status: "outcome_unknown",
      gatewayToken: null,
    });
  }, 45_000);

  it("a fresh process does not recover a send still within the call timeout", async () => {
    const { payout } = await requestPayout(
      { db: db(), actor: finance, ip: null },
      standalone(1_500, "22676000001"),
    );
    await expect(
      sendPayout(
        { db: db(), gateway, actor: finance },
        {
          payoutId: payout.id,
          hooks: {
            afterClaim: () => Promise.reject(new Error("killed")),
          },
        },
      ),
    ).rejects.toThrow();
    expect(await recoverStuckPayouts(db(), 60_000)).not.toContain(payout.id);
    expect((await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("sending");
  });

  it("a lost answer (LigdiCash executed it, the call timed out) → outcome_unknown, resolved without resending", async () => {
    const impatient = simulatorClient(300);
    sim.controls.addFault({ kind: "hang", endpoints: ["E6"], processed: true, count: 1 });
    const { payout } = await requestPayout(
      { db: db(), actor: finance, ip: null },
      standalone(5_000, "22676000001", { destination: "wallet", keepInWallet: false }),
    );
    const after = await sendPayout({ db: db(), gateway: impatient, actor: finance }, { payoutId: payout.id });
    expect(after).toMatchObject({ status: "outcome_unknown", failureCode: "timeout", gatewayToken: null });
    await sendPayout({ db: db(), gateway, actor: finance }, { payoutId: payout.id });
    expect((await checkPayout({ db: db(), gateway }, { payoutId: payout.id, staleAfterMs: 0 })).result).toBe(
      "not_sent",
    );
    expect(sim.controls.transactions({ transactionId: payout.id })).toHaveLength(1);
    expect(sim.controls.transactions({ transactionId: payout.id })[0]?.topUpWallet).toBe(0);
  });

  it("a tokenless unknown outcome is resolved by a manager's check, audited, with the ledger posted once", async () => {
    const { payout } = await requestPayout(
      { db: db(), actor: finance, ip: null },
      standalone(2_000, "22670000002"),
    );
    await expect(
      sendPayout(
        { db: db(), gateway, actor: finance },
        { payoutId: payout.id, hooks: { afterCall: () => Promise.reject(new Error("killed")) } },
      ),
    ).rejects.toThrow();
    expect(
      await ruleOf(
        resolvePayoutManually(
          { db: db(), actor: manager, ip: null },
          { payoutId: payout.id, ...{ outcome: "completed", note: "Vu dans l'espace LigdiCash" } },
        ),
      ),
    ).toBe("manual_resolution_not_possible");
    await recoverStuckPayouts(db(), 0);
    const resolved = await Promise.allSettled(
      [1, 2].map(() =>
        resolvePayoutManually(
          { db: db(), actor: manager, ip: null },
          { payoutId: payout.id, ...{ outcome: "completed", note: "Vu dans l'espace LigdiCash" } },
        ),
      ),
    );
    expect(resolved.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("completed");
    expect(await db().ledgerJournal.count({ where: { payoutId: payout.id } })).toBe(1);
    expect(
      await db().auditLog.count({ where: { action: "payout.resolved_manually", targetId: payout.id } }),
    ).toBe(1);
    expect(createCalls(payout.id)).toBe(1);
  });

  it("the requester of an unknown-outcome refund cannot resolve it: marking it failed would free the refund room", async () => {
    const invoice = await paidInvoice(40_000);
    const { payout } = await requestPayout(
      { db: db(), actor: manager, ip: null },
      refund(invoice.id, 40_000),
    );
    await expect(
      sendPayout(
        { db: db(), gateway, actor: manager },
        { payoutId: payout.id, hooks: { afterCall: () => Promise.reject(new Error("killed")) } },
      ),
    ).rejects.toThrow();
    await recoverStuckPayouts(db(), 0);
    const failedByRequester = { outcome: "notcompleted", note: "Pas vu dans l'espace LigdiCash" } as const;
    expect(
      await ruleOf(
        resolvePayoutManually(
          { db: db(), actor: manager, ip: null },
          { payoutId: payout.id, ...failedByRequester },
        ),
      ),
    ).toBe("own_request");
    expect((await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe(
      "outcome_unknown",
    );
    expect(
      await ruleOf(requestPayout({ db: db(), actor: manager, ip: null }, refund(invoice.id, 40_000))),
    ).toBe("refund_exceeds");
    const admin = await db().user.create({
      data: { email: "resolver@test.bf", name: "Admin", role: "admin", passwordHash: "x" },
    });
    const seen = { outcome: "completed", note: "Vu dans l'espace LigdiCash" } as const;
    await resolvePayoutManually({ db: db(), actor: admin, ip: null }, { payoutId: payout.id, ...seen });
    expect((await db().payout.findUniqueOrThrow({ where: { id: payout.id } })).status).toBe("completed");
  });

  it("a 502 on creation is an unknown outcome too, never a failure", async () => {
    sim.controls.addFault({ kind: "status", status: 502, endpoints: ["E7"], count: 1 });
    const { payout } = await requestPayout(
      { db: db(), actor: finance, ip: null },
      standalone(1_000, "22670000002"),
    );
    expect(await sendPayout({ db: db(), gateway, actor: finance }, { payoutId: payout.id })).toMatchObject({
      status: "outcome_unknown",
      failureCode: "http_error",
    });
  });
});

describe("LigdiCash refusals are stored with what to do", () => {
  const cases: {
    name: string;
    code: GatewayErrorCode;
    setup: () => void;
    input: () => RequestPayoutInput;
  }[] = [
    {
      name: "wallet payout, sub-account too low",
      code: "merchant_balance_low",
      setup: () => sim.controls.setBalance("orange_bf", 100),
      input: () => standalone(5_000, "22676000001", { destination: "wallet", keepInWallet: true }),
    },
    {
      name: "mobile money payout, sub-account too low",
      code: "merchant_balance_low",
      setup: () => sim.controls.setBalance("moov_bf", 100),
      input: () => standalone(5_000, "22670000002"),
    },
    {
      name: "no LigdiCash account",
      code: "customer_does_not_exist",
      setup: () => undefined,
      input: () => standalone(5_000, "22676999999", { destination: "wallet", keepInWallet: true }),
    },
    {
      name: "payouts disabled (wallet)",
      code: "merchant_payout_disabled",
      setup: () => sim.controls.setMerchant({ payoutEnabled: false }),
      input: () => standalone(5_000, "22670000002", { destination: "wallet", keepInWallet: true }),
    },
    // createStraightWithdrawal's table says Code01 = the API project is not authenticated (docs/ligdicash-contract.md §5.4).
    {
      name: "payouts disabled (mobile money)",
      code: "application_authentication",
      setup: () => sim.controls.setMerchant({ payoutEnabled: false }),
      input: () => standalone(5_000, "22670000002"),
    },
    {
      name: "IP not whitelisted (wallet)",
      code: "ip_denied",
      setup: () => sim.controls.setMerchant({ ipAllowed: false }),
      input: () => standalone(5_000, "22676000001", { destination: "wallet", keepInWallet: true }),
    },
    {
      name: "IP not whitelisted (mobile money)",
      code: "ip_denied",
      setup: () => sim.controls.setMerchant({ ipAllowed: false }),
      input: () => standalone(5_000, "22670000002"),
    },
    // The docs' variant of the same refusal: Code06, which the SDKs read as "no merchant account".
    {
      name: "IP not whitelisted, answered with the docs' Code06 (mobile money)",
      code: "merchant_account_or_ip_denied",
      setup: () => sim.controls.setMerchant({ ipAllowed: false, merchantPayoutIpDeniedCode: "06" }),
      input: () => standalone(5_000, "22670000002"),
    },
    {
      name: "amount out of range",
      code: "amount_out_of_range",
      setup: () => sim.controls.setLimits({ payoutMax: 1_000 }),
      input: () => standalone(5_000, "22670000002"),
    },
    {
      name: "no sub-account on the operator",
      code: "merchant_account_does_not_exist",
      setup: () => sim.controls.setBalance("moov_bf", null),
      input: () => standalone(5_000, "22670000002"),
    },
  ];
  for (const c of cases) {
    it(`${c.name} → failed, ${c.code}`, async () => {
      c.setup();
      const { payout } = await requestPayout({ db: db(), actor: finance, ip: null }, c.input());
      const after = await sendPayout({ db: db(), gateway, actor: finance }, { payoutId: payout.id });
      expect(after).toMatchObject({ status: "failed", failureCode: c.code, gatewayToken: null });
      expect(gatewayErrorMessage(c.code, "fr")).not.toBe(gatewayErrorMessage("api_error", "fr"));
      const exchange = await db().gatewayExchange.findFirstOrThrow({ where: { payoutId: payout.id } });
      expect(exchange.errorCode).toBe(c.code);
    });
  }

  it("operator not identified by LigdiCash → failed with its code", async () => {
    const refusing = {
      ...gateway,
      createMerchantPayout: () =>
        Promise.reject(
          createGatewayError("recipient_operator_not_identified", {
            endpoint: "merchantPayout",
            subCode: "05",
            outcomeUnknown: false,
          }),
        ),
    };
    const { payout } = await requestPayout(
      { db: db(), actor: finance, ip: null },
      standalone(1_000, "22670000002"),
    );
    expect(
      await sendPayout({ db: db(), gateway: refusing, actor: finance }, { payoutId: payout.id }),
    ).toMatchObject({
      status: "failed",
      failureCode: "recipient_operator_not_identified",
    });
  });

  it("no LigdiCash account → one click sends a NEW intent to mobile money, once", async () => {
    const invoice = await paidInvoice(8_000, "22676999999");
    const { payout } = await requestPayout({ db: db(), actor: finance, ip: null }, refund(invoice.id, 8_000));
    expect(await sendPayout({ db: db(), gateway, actor: finance }, { payoutId: payout.id })).toMatchObject({
      status: "failed",
      failureCode: "customer_does_not_exist",
    });
    const clicks = await Promise.all(
      [1, 2, 3].map(() =>
        sendToMobileMoneyInstead({ db: db(), actor: finance, ip: null }, { payoutId: payout.id }),
      ),
    );
    const fallbackId = clicks[0]!.payout.id;
    expect(new Set(clicks.map((c) => c.payout.id)).size).toBe(1);
    expect(fallbackId).not.toBe(payout.id);
    expect(clicks[0]!.payout).toMatchObject({
      destination: "mobile_money",
      amount: 8_000,
      recipientPhone: "22676999999",
      invoiceId: invoice.id,
      status: "approved",
    });
    expect(await sendPayout({ db: db(), gateway, actor: finance }, { payoutId: fallbackId })).toMatchObject({
      status: "pending",
    });
    expect(sim.controls.transactions({ transactionId: fallbackId })[0]?.kind).toBe("payout_merchant");
    expect(
      await ruleOf(
        sendToMobileMoneyInstead({ db: db(), actor: finance, ip: null }, { payoutId: fallbackId }),
      ),
    ).toBe("fallback_not_possible");
  });
});

describe("approval and settlement", () => {
  it("over the threshold: waits, nobody approves their own, another manager approves, completes, ledger debited once", async () => {
    const invoice = await paidInvoice(300_000, "22670000002");
    const { payout } = await requestPayout(
      { db: db(), actor: manager, ip: null },
      refund(invoice.id, 250_000, { destination: "mobile_money", keepInWallet: undefined }),
    );
    expect(payout.status).toBe("awaiting_approval");
    expect(await sendPayout({ db: db(), gateway, actor: manager }, { payoutId: payout.id })).toMatchObject({
      status: "awaiting_approval",
    });
    expect(
      await ruleOf(
        decidePayout(
          { db: db(), actor: manager, ip: null },
          { payoutId: payout.id, decision: { approve: true } },
        ),
      ),
    ).toBe("own_request");
    const admin = await db().user.create({
      data: { email: "admin@test.bf", name: "Admin", role: "admin", passwordHash: "x" },
    });
    const decisions = await Promise.allSettled(
      [1, 2, 3].map(() =>
        decidePayout(
          { db: db(), actor: admin, ip: null },
          { payoutId: payout.id, decision: { approve: true, note: "OK" } },
        ),
      ),
    );
    expect(decisions.filter((d) => d.status === "fulfilled")).toHaveLength(1);
    expect(
      await ruleOf(
        decidePayout(
          { db: db(), actor: admin, ip: null },
          { payoutId: payout.id, decision: { approve: false, note: "Non" } },
        ),
      ),
    ).toBe("not_awaiting_approval");
    const decided = await db().payout.findUniqueOrThrow({ where: { id: payout.id } });
    expect(decided).toMatchObject({ status: "approved", decidedById: admin.id, decisionNote: "OK" });
    expect(await sendPayout({ db: db(), gateway, actor: admin }, { payoutId: payout.id })).toMatchObject({
      status: "pending",
    });
    sim.controls.settle({ transactionId: payout.id, status: "completed" });
    const results = await Promise.all(
      [1, 2, 3].map(() => checkPayout({ db: db(), gateway }, { payoutId: payout.id })),
    );
    expect(results.every((r) => r.status === "completed")).toBe(true);
    expect(await db().ledgerJournal.count({ where: { payoutId: payout.id } })).toBe(1);
    const entries = await db().ledgerEntry.findMany({ where: { journal: { payoutId: payout.id } } });
    expect(entries.find((e) => e.account === "operator:moov_bf")?.amount).toBe(-250_000);
    expect(await db().auditLog.count({ where: { action: "payout.approved", targetId: payout.id } })).toBe(1);
  });

  it("the admin's threshold setting applies to the next request and is audited", async () => {
    await setApprovalSettings(
      { db: db(), actor: manager, ip: null },
      { ...LIMITS, approvalThreshold: 1_000 },
    );
    const { payout } = await requestPayout(
      { db: db(), actor: finance, ip: null },
      standalone(1_001, "22670000002"),
    );
    expect(payout).toMatchObject({ status: "awaiting_approval", approvalReasons: ["over_threshold"] });
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "settings.changed" },
      orderBy: { id: "desc" },
    });
    expect(audit.before).toEqual(LIMITS);
    expect(audit.after).toEqual({ ...LIMITS, approvalThreshold: 1_000 });
    await setApprovalSettings({ db: db(), actor: manager, ip: null }, LIMITS);
  });

  it("ten payouts of 60,000 requested at the same instant by one person: only the first fits the 24 h total", async () => {
    await setApprovalSettings(
      { db: db(), actor: manager, ip: null },
      { approvalThreshold: 100_000, approvalRollingTotal: 100_000 },
    );
    const splitter = await db().user.create({
      data: { email: "splitter@test.bf", name: "Fatou", role: "finance", passwordHash: "x" },
    });
    const all = await Promise.all(
      Array.from({ length: 10 }, () =>
        requestPayout({ db: db(), actor: splitter, ip: null }, standalone(60_000, "22670000002")),
      ),
    );
    const statuses = all.map((r) => r.payout.status);
    expect(statuses.filter((s) => s === "approved")).toHaveLength(1);
    expect(statuses.filter((s) => s === "awaiting_approval")).toHaveLength(9);
    for (const { payout } of all)
      if (payout.status === "awaiting_approval") expect(payout.approvalReasons).toEqual(["rolling_total"]);

    // What a manager approved had its four eyes and no longer counts; 60,000 + 30,000 still fits.
    const waiting = all.find((r) => r.payout.status === "awaiting_approval")!.payout;
    await decidePayout(
      { db: db(), actor: manager, ip: null },
      { payoutId: waiting.id, decision: { approve: true } },
    );
    const fits = await requestPayout(
      { db: db(), actor: splitter, ip: null },
      standalone(30_000, "22670000002"),
    );
    expect(fits.payout).toMatchObject({ status: "approved", approvalReasons: [] });
    const over = await requestPayout(
      { db: db(), actor: splitter, ip: null },
      standalone(20_000, "22670000002"),
    );
    expect(over.payout).toMatchObject({ status: "awaiting_approval", approvalReasons: ["rolling_total"] });

    // A day later the window has moved on.
    await db()
      .$executeRaw`UPDATE payouts SET created_at = created_at - interval '25 hours' WHERE requested_by_id = ${splitter.id}`;
    const nextDay = await requestPayout(
      { db: db(), actor: splitter, ip: null },
      standalone(60_000, "22670000002"),
    );
    expect(nextDay.payout.status).toBe("approved");
    const audit = await db().auditLog.findFirstOrThrow({
      where: { action: "payout.requested", targetId: over.payout.id },
    });
    expect(audit.after).toMatchObject({ sentWithoutApproval: 90_000, approvalRollingTotal: 100_000 });
    await setApprovalSettings({ db: db(), actor: manager, ip: null }, LIMITS);
  });

  it("a refund to a number other than the payer's always waits for approval, whatever its amount", async () => {
    const invoice = await paidInvoice(10_000, "22676000001");
    const typed = (phone: string) => ({ source: "typed_twice" as const, phone, phoneConfirm: phone });
    const other = await requestPayout(
      { db: db(), actor: finance, ip: null },
      refund(invoice.id, 500, { recipient: typed("70000003") }),
    );
    expect(other.payout).toMatchObject({ status: "awaiting_approval", approvalReasons: ["other_number"] });
    // The payer's own number typed by hand is the payer's number.
    const same = await requestPayout(
      { db: db(), actor: finance, ip: null },
      refund(invoice.id, 500, { recipient: typed("76 00 00 01") }),
    );
    expect(same.payout).toMatchObject({ status: "approved", approvalReasons: [] });
    const verified = await requestPayout({ db: db(), actor: finance, ip: null }, refund(invoice.id, 500));
    expect(verified.payout.status).toBe("approved");
    // No payer number known for the invoice: any number is another number.
    const unknownPayer = await db().invoice.update({ where: { id: invoice.id }, data: { payerPhone: null } });
    const blind = await requestPayout(
      { db: db(), actor: finance, ip: null },
      refund(unknownPayer.id, 500, { recipient: typed("76000001") }),
    );
    expect(blind.payout).toMatchObject({ status: "awaiting_approval", approvalReasons: ["other_number"] });
  });
});

describe("list", () => {
  it("pages through every payout once, newest first, and filters by status", async () => {
    await Promise.all(
      Array.from({ length: 30 }, () =>
        requestPayout({ db: db(), actor: finance, ip: null }, standalone(500, "22670000002")),
      ),
    );
    const total = await db().payout.count();
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listPayouts(db(), payoutFiltersSchema.parse({ cursor }));
      expect(page.rows.length).toBeLessThanOrEqual(PAYOUTS_PAGE_SIZE);
      seen.push(...page.rows.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const unknown = await listPayouts(db(), { status: "outcome_unknown" });
    expect(unknown.rows.length).toBeGreaterThan(0);
    expect(unknown.rows.every((r) => r.status === "outcome_unknown")).toBe(true);
  });
});
