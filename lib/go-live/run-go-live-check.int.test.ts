import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { submitPayout } from "@/lib/payouts/submit-payout";
import type { RequestPayoutInput } from "@/lib/payouts/schemas";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { startSmtpInbox } from "@/test/support/smtp-inbox";
import { withTestDb } from "@/test/support/test-db";
import type { GoLiveConfig } from "./go-live-config";
import { runGoLiveCheck } from "./run-go-live-check";
import type { CheckId, CheckResult } from "./types";

// The go-live check against the simulator switched into each failure, on a real PostgreSQL.

const { db } = withTestDb(5);
let sim: RunningSimulator;
let finance: { id: string; email: string };

const config: GoLiveConfig = {
  simulator: false,
  baseUrl: "https://app.ligdicash.com/pay/v01/",
  keysPresent: true,
  publicUrl: "https://caisse.boutique.bf",
  secret: "s".repeat(43),
  secretGenerated: false,
  embeddedDatabase: false,
  smtpUrl: undefined,
};

const gateway = (timeoutMs = 2_000) =>
  createSimulatorClient(sim.baseUrl, {
    timeoutMs,
    callbackUrl: "https://caisse.boutique.bf/api/ligdicash/callback",
    statusRetry: { maxAttempts: 1 },
  });

async function run(overrides: Partial<GoLiveConfig> = {}): Promise<Record<CheckId, CheckResult>> {
  const results = await runGoLiveCheck({ db: db(), gateway: gateway(), config: { ...config, ...overrides } });
  return Object.fromEntries(results.map((result) => [result.id, result])) as Record<CheckId, CheckResult>;
}

const payout = (phone = "70112233"): RequestPayoutInput => ({
  idempotencyKey: crypto.randomUUID(),
  purpose: "supplier",
  amount: 1_000,
  reason: "Facture fournisseur",
  destination: "mobile_money",
  recipient: { source: "typed_twice", phone, phoneConfirm: phone },
});

const sendPayout = () => submitPayout({ db: db(), actor: finance, ip: null, gateway: gateway() }, payout());

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  finance = await db().user.create({
    data: { email: "finance@golive.bf", name: "Finance", role: "finance", passwordHash: "x" },
    select: { id: true, email: true },
  });
});
afterAll(async () => sim.close());
beforeEach(() => sim.controls.reset());

describe("runGoLiveCheck against the simulator", () => {
  it("passes a well-configured project, in display order, and says what it cannot know", async () => {
    const results = await runGoLiveCheck({ db: db(), gateway: gateway(), config });
    expect(results.map((r) => [r.id, r.status, r.code])).toEqual([
      ["simulator", "ok", "live"],
      ["ligdicash_keys", "ok", "accepted"],
      ["payin_enabled", "ok", "enabled"],
      ["payout_enabled", "ok", "enabled"],
      ["payout_ip", "unknown", "no_payout_yet"],
      ["public_url", "ok", "public_https"],
      ["callbacks", "unknown", "never_received"],
      ["balances", "warn", "empty"],
      ["session_secret", "ok", "explicit"],
      ["two_factor", "ok", "all_enrolled"],
      ["mail", "warn", "not_configured"],
      ["database", "ok", "postgresql"],
    ]);
    // Only status queries went out: nothing was created on LigdiCash's side.
    const endpoints = sim.controls.requests().map((r) => r.endpoint);
    expect(endpoints.every((e) => e === "E5" || e === "E8" || e === "E9")).toBe(true);
    expect(sim.controls.transactions()).toEqual([]);
  });

  it("tells revoked keys (Code00) from an unknown token", async () => {
    sim.controls.setMerchant({ keysValid: false });
    const results = await run();
    expect(results.ligdicash_keys).toMatchObject({
      status: "fail",
      code: "refused",
      errorCode: "authentication",
    });
    expect(results.payin_enabled).toMatchObject({ status: "unknown", code: "keys_refused" });
    expect(results.payout_enabled).toMatchObject({ status: "unknown", code: "keys_refused" });
  });

  it("fails payins not activated, keys still accepted", async () => {
    sim.controls.setMerchant({ payinEnabled: false });
    const results = await run();
    expect(results.payin_enabled).toMatchObject({ status: "fail", code: "disabled" });
    expect(results.ligdicash_keys.status).toBe("ok");
    expect(results.payout_enabled.status).toBe("ok");
  });

  it("fails payouts not activated", async () => {
    sim.controls.setMerchant({ payoutEnabled: false });
    const results = await run();
    expect(results.payout_enabled).toMatchObject({ status: "fail", code: "disabled" });
    expect(results.payin_enabled.status).toBe("ok");
  });

  it("fails the IP once a payout was refused for it (E7 Code14), and passes it once one is accepted", async () => {
    sim.controls.setMerchant({ ipAllowed: false });
    expect((await run()).payout_ip.code).toBe("no_payout_yet"); // status queries cannot see it
    await sendPayout();
    expect((await run()).payout_ip).toMatchObject({ status: "fail", code: "denied", errorCode: "ip_denied" });

    sim.controls.setMerchant({ ipAllowed: false, merchantPayoutIpDeniedCode: "06" });
    await sendPayout();
    expect((await run()).payout_ip).toMatchObject({ status: "warn", code: "maybe_denied" });

    sim.controls.setMerchant({ ipAllowed: true });
    await sendPayout();
    expect((await run()).payout_ip).toMatchObject({ status: "ok", code: "last_payout_accepted" });
  });

  it("answers within its timeout when LigdiCash never does", async () => {
    sim.controls.addFault({ kind: "hang" });
    const started = Date.now();
    const results = await runGoLiveCheck({ db: db(), gateway: gateway(300), config });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(results.find((r) => r.id === "ligdicash_keys")).toMatchObject({
      status: "unknown",
      code: "unreachable",
      errorCode: "timeout",
    });
    expect(results.find((r) => r.id === "payout_enabled")?.code).toBe("unreachable");
  });

  it("reports the last callback received and the ledger's balances", async () => {
    await db().callbackDelivery.create({
      data: {
        kind: "payin",
        contentType: "application/json",
        headers: {},
        body: "{}",
        sourceIp: "41.138.1.2",
        receivedAt: new Date("2026-12-02T10:00:00Z"),
      },
    });
    const results = await run();
    expect(results.callbacks).toMatchObject({
      status: "unknown",
      code: "last_payin_callback",
      at: "2026-12-02T10:00:00.000Z",
      values: { sourceIp: "41.138.1.2", callbackUrl: "https://caisse.boutique.bf/api/ligdicash/callback" },
    });
    expect(results.balances.balances?.map((line) => line.operator)).toEqual(["orange_bf", "moov_bf"]);
  });

  it("judges the configuration it is given: simulator, localhost, generated secret, embedded database", async () => {
    const results = await run({
      simulator: true,
      publicUrl: "http://localhost:3000",
      secretGenerated: true,
      embeddedDatabase: true,
    });
    expect(results.simulator).toMatchObject({ status: "warn", code: "simulator" });
    expect(results.public_url).toMatchObject({ status: "fail", code: "loopback", notes: ["not_https"] });
    expect(results.session_secret).toMatchObject({ status: "warn", code: "generated" });
    expect(results.database).toMatchObject({ status: "ok", code: "embedded_one_instance" });
  });

  it("sends nothing without keys", async () => {
    const results = await run({ keysPresent: false });
    expect(results.ligdicash_keys).toMatchObject({ status: "fail", code: "missing" });
    expect(sim.controls.requests()).toEqual([]);
  });

  it("names the staff who must use a second factor and have not enrolled, and stops naming them once they have", async () => {
    const manager = await db().user.create({
      data: { email: "manager@golive.bf", name: "Awa Ouédraogo", role: "manager", passwordHash: "x" },
    });
    const admin = await db().user.create({
      data: { email: "admin@golive.bf", name: "Issa Kaboré", role: "admin", passwordHash: "x" },
    });
    // A deactivated admin cannot sign in: nothing to watch.
    await db().user.create({
      data: { email: "gone@golive.bf", name: "Parti", role: "admin", passwordHash: "x", active: false },
    });
    try {
      expect((await run()).two_factor).toMatchObject({
        status: "warn",
        code: "not_enrolled",
        values: { count: "2", names: "Awa Ouédraogo, Issa Kaboré", more: "0" },
      });
      await db().user.updateMany({
        where: { id: { in: [manager.id, admin.id] } },
        data: { totpEnabledAt: new Date() },
      });
      expect((await run()).two_factor).toMatchObject({
        status: "ok",
        code: "all_enrolled",
        values: { count: "2" },
      });

      // The setting that extends the rule to every role brings finance in.
      await db().setting.create({ data: { key: "two_factor_all_roles", value: true } });
      expect((await run()).two_factor).toMatchObject({
        status: "warn",
        values: { count: "1", names: "Finance" },
      });
    } finally {
      await db().setting.deleteMany({ where: { key: "two_factor_all_roles" } });
      await db().user.deleteMany({
        where: { email: { in: ["manager@golive.bf", "admin@golive.bf", "gone@golive.bf"] } },
      });
    }
  });

  it("signs in to the SMTP server it is given, and fails one that does not answer", async () => {
    const inbox = await startSmtpInbox();
    try {
      expect((await run({ smtpUrl: inbox.url })).mail).toMatchObject({ status: "ok", code: "reachable" });
      // Nothing was sent by the check.
      expect(inbox.messages).toEqual([]);
    } finally {
      await inbox.close();
    }
    // The same address, now closed.
    expect((await run({ smtpUrl: inbox.url })).mail).toMatchObject({
      status: "fail",
      code: "unreachable",
      values: { error: "ESOCKET" },
    });
  });
});
