import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createApiKey } from "@/lib/api-keys/manage-api-keys";
import type { ApiScope } from "@/lib/api-keys/scopes";
import type { ApiPayout } from "@/lib/api-v1/payout-resource";
import { approvePayout } from "@/lib/payouts/approve-payout";
import { setApprovalSettings } from "@/lib/settings/approval-settings";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { answer, apiRequest, app, settleAfterTasks, withParams } from "@/test/support/api-v1/route-harness";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { createPaidInvoice } from "@/test/support/payouts/refund-fixtures";
import { withTestDb } from "@/test/support/test-db";
import { GET as getPayout } from "./[id]/route";
import { POST as postPayout } from "./route";

// The route handlers themselves, as Next calls them: the key check, the console's schema and
// operation, the answers. Next's request-scoped parts and the app's services are stood in for.
vi.mock("next-intl/server", async () => (await import("@/test/support/api-v1/route-harness")).nextIntlServer);
vi.mock("next/headers", async () => (await import("@/test/support/api-v1/route-harness")).nextHeaders);
vi.mock("next/server", async (original) => ({
  ...(await original<Record<string, unknown>>()),
  after: (await import("@/test/support/api-v1/route-harness")).after,
}));
vi.mock("@/lib/db", async () => (await import("@/test/support/api-v1/route-harness")).appServices.db);
vi.mock("@/lib/env", async () => (await import("@/test/support/api-v1/route-harness")).appServices.env);
vi.mock(
  "@/lib/auth/client-ip",
  async () => (await import("@/test/support/api-v1/route-harness")).appServices.clientIp,
);
vi.mock(
  "@/lib/mail/mailer",
  async () => (await import("@/test/support/api-v1/route-harness")).appServices.mailer,
);
vi.mock(
  "@/lib/ligdicash",
  async () => (await import("@/test/support/api-v1/route-harness")).appServices.ligdicash,
);

const { db } = withTestDb(30);
let sim: RunningSimulator;
let admin: { id: string; email: string };
let manager: { id: string; email: string };
const keys = {} as Record<"payouts" | "readOnly" | "other", string>;

const PHONE = "22676000002";
const supplierPayout = (amount: number, reason = "Facture fournisseur 0042") => ({
  purpose: "supplier",
  amount,
  reason,
  destination: "mobile_money",
  recipient: { source: "typed_twice", phone: PHONE, phoneConfirm: PHONE },
});

async function keyWith(scopes: ApiScope[]) {
  const { secret } = await createApiKey(
    { db: db(), actor: admin, ip: null },
    { name: scopes.join(" "), scopes },
  );
  return secret;
}

const post = (secret: string, idempotencyKey: string, body: unknown) =>
  postPayout(apiRequest("POST", "/api/v1/payouts", { secret, idempotencyKey, body }), {});
const read = (secret: string, id: string) =>
  getPayout(apiRequest("GET", `/api/v1/payouts/${id}`, { secret }), withParams({ id }));

/** LigdiCash payout creations the simulator received for this payout (E6 wallet, E7 mobile money). */
const createCalls = (payoutId: string) =>
  sim.controls
    .requests()
    .filter((r) => (r.endpoint === "E6" || r.endpoint === "E7") && JSON.stringify(r.body).includes(payoutId))
    .length;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  app.db = db();
  app.gateway = createSimulatorClient(sim.baseUrl, {
    timeoutMs: 5_000,
    callbackUrl: "http://127.0.0.1:9/cb",
  });
  const person = (role: "admin" | "manager", email: string) =>
    db().user.create({
      data: { email, name: `${role} ${email}`, role, passwordHash: "x" },
      select: { id: true, email: true },
    });
  admin = await person("admin", "admin@boutique.bf");
  manager = await person("manager", "chef@boutique.bf");
  await setApprovalSettings(
    { db: db(), actor: manager, ip: null },
    { approvalThreshold: 100_000, approvalRollingTotal: 1_000_000_000 },
  );
  keys.payouts = await keyWith(["payouts:write", "read"]);
  keys.other = await keyWith(["payouts:write", "read"]);
  keys.readOnly = await keyWith(["read", "invoices:write"]);
});
afterAll(async () => sim.close());
beforeEach(() => {
  app.mails.length = 0;
});

describe("POST /api/v1/payouts", () => {
  it("above the threshold: waits for a manager, who is e-mailed; LigdiCash hears of it only once approved", async () => {
    const [status, payout] = await answer<ApiPayout>(
      await post(keys.payouts, crypto.randomUUID(), supplierPayout(150_000)),
    );
    expect(status).toBe(201);
    expect(payout).toMatchObject({
      object: "payout",
      kind: "payout",
      status: "awaiting_approval",
      amount: 150_000,
      currency: "XOF",
      invoice_id: null,
      approval_reasons: ["over_threshold"],
      destination: { type: "mobile_money", phone: PHONE, operator: "orange_bf" },
    });
    expect(payout.number).toMatch(/^VER-\d{4}-\d{6}$/);
    expect(JSON.stringify(payout)).not.toMatch(/admin@boutique|chef@boutique|token/);
    await settleAfterTasks();
    // The manager, not the key's creator (nobody approves their own request).
    expect(app.mails.map((m) => m.to)).toEqual([manager.email]);
    expect(app.mails[0]?.text).toContain(`https://caisse.example.bf/payouts/${payout.id}`);
    expect(createCalls(payout.id)).toBe(0);

    await approvePayout(
      { db: db(), actor: manager, ip: null, gateway: app.gateway as never },
      { payoutId: payout.id },
    );
    const [readStatus, after] = await answer<ApiPayout>(await read(keys.payouts, payout.id));
    expect(readStatus).toBe(200);
    expect(after.status).toBe("pending");
    expect(after.sent_at).not.toBeNull();
    expect(createCalls(payout.id)).toBe(1);
  });

  it("10 concurrent requests with one Idempotency-Key: one payout, one LigdiCash call, the same answer", async () => {
    const header = crypto.randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => post(keys.payouts, header, supplierPayout(7_500))),
    );
    const answers = await Promise.all(responses.map((r) => answer<ApiPayout>(r)));
    expect(answers.map(([status]) => status).sort()).toEqual([
      200, 200, 200, 200, 200, 200, 200, 200, 200, 201,
    ]);
    const ids = new Set(answers.map(([, payout]) => payout.id));
    expect(ids.size).toBe(1);
    const [id] = [...ids] as [string];
    expect(await db().payout.count({ where: { idempotencyKey: { endsWith: `:${header}` } } })).toBe(1);
    expect(createCalls(id)).toBe(1);

    // A retry later replays the stored payout as it stands: still one call.
    const [retryStatus, retried] = await answer<ApiPayout>(
      await post(keys.payouts, header, supplierPayout(7_500)),
    );
    expect([retryStatus, retried.id, retried.status]).toEqual([200, id, "pending"]);
    expect(createCalls(id)).toBe(1);

    // The same key with another body is another request: refused, nothing stored or sent.
    const [reusedStatus, reused] = await answer<{ error: { code: string; message: string } }>(
      await post(keys.payouts, header, supplierPayout(7_600)),
    );
    expect(reusedStatus).toBe(422);
    expect(reused.error.code).toBe("idempotency_key_reused");
    expect(reused.error.message).not.toMatch(/idempotency/i);
    expect(await db().payout.count({ where: { idempotencyKey: { endsWith: `:${header}` } } })).toBe(1);

    // Another key's request with the same header is its own: keys never replay each other's.
    const [otherStatus, other] = await answer<ApiPayout>(
      await post(keys.other, header, supplierPayout(7_500)),
    );
    expect(otherStatus).toBe(201);
    expect(other.id).not.toBe(id);
  });

  it("a refund above what is left on the invoice is refused as the console refuses it", async () => {
    const invoice = await createPaidInvoice(db(), admin.id, 10_000);
    const refund = (amount: number) => ({
      purpose: "refund",
      invoiceId: invoice.id,
      amount,
      reason: "Article retourné",
      destination: "wallet",
      keepInWallet: true,
      recipient: { source: "verified_payer" },
    });
    const [firstStatus, first] = await answer<ApiPayout>(
      await post(keys.payouts, crypto.randomUUID(), refund(6_000)),
    );
    expect(firstStatus).toBe(201);
    expect(first).toMatchObject({ kind: "refund", invoice_id: invoice.id, status: "pending" });

    const [status, refused] = await answer<{
      error: {
        code: string;
        message: string;
        details: { rule: string; remaining: number; fields: unknown[] };
      };
    }>(await post(keys.payouts, crypto.randomUUID(), refund(5_000)));
    expect(status).toBe(422);
    expect(refused.error.details).toMatchObject({
      rule: "refund_exceeds",
      remaining: 4_000,
      fields: [
        { path: "amount", message: expect.stringMatching(/il reste au plus 4\s000\sF\s?CFA/) as unknown },
      ],
    });
    expect(await db().payout.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });

  it("without the Idempotency-Key header: 400 and nothing stored; invalid fields: 422 in French", async () => {
    const before = await db().payout.count();
    const keyless = await postPayout(
      apiRequest("POST", "/api/v1/payouts", { secret: keys.payouts, body: supplierPayout(1_000) }),
      {},
    );
    expect(keyless.status).toBe(400);
    const [status, invalid] = await answer<{
      error: { details: { fields: { path: string; message: string }[] } };
    }>(await post(keys.payouts, crypto.randomUUID(), { ...supplierPayout(1_000), reason: "" }));
    expect(status).toBe(422);
    expect(invalid.error.details.fields.map((f) => f.path)).toContain("reason");
    expect(await db().payout.count()).toBe(before);
  });

  it("a key without payouts:write gets 403 and moves nothing; GET of an unknown payout is 404", async () => {
    const before = await db().payout.count();
    const [status, refused] = await answer<{ error: { code: string } }>(
      await post(keys.readOnly, crypto.randomUUID(), supplierPayout(1_000)),
    );
    expect([status, refused.error.code]).toEqual([403, "forbidden"]);
    expect(await db().payout.count()).toBe(before);
    expect((await read(keys.payouts, "aucun-versement")).status).toBe(404);
  });
});
