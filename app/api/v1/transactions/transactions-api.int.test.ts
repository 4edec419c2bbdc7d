import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey } from "@/lib/api-keys/manage-api-keys";
import type { ApiTransaction } from "@/lib/api-v1/transaction-resource";
import { answer, apiRequest, app } from "@/test/support/api-v1/route-harness";
import { createPaidInvoice } from "@/test/support/payouts/refund-fixtures";
import { withTestDb } from "@/test/support/test-db";
import { GET as listTransactions } from "./route";

// The route handler itself, as Next calls it (stand-ins: test/support/api-v1/route-harness.ts).
vi.mock("next-intl/server", async () => (await import("@/test/support/api-v1/route-harness")).nextIntlServer);
vi.mock("next/headers", async () => (await import("@/test/support/api-v1/route-harness")).nextHeaders);
vi.mock("@/lib/db", async () => (await import("@/test/support/api-v1/route-harness")).appServices.db);
vi.mock("@/lib/env", async () => (await import("@/test/support/api-v1/route-harness")).appServices.env);
vi.mock(
  "@/lib/auth/client-ip",
  async () => (await import("@/test/support/api-v1/route-harness")).appServices.clientIp,
);

type Page = { object: string; data: ApiTransaction[]; next_cursor: string | null };

const { db } = withTestDb(10);
let secret: string;
let userId: string;
const SAME_INSTANT = new Date("2026-12-01T09:00:00.000Z");

const list = async (query: string) =>
  answer<Page>(await listTransactions(apiRequest("GET", `/api/v1/transactions?${query}`, { secret }), {}));

/** Every page of a view, following next_cursor; `between` runs after each page (rows arriving meanwhile). */
async function walk(query: string, between: () => Promise<unknown> = () => Promise.resolve()) {
  const seen: ApiTransaction[] = [];
  let cursor: string | null = null;
  do {
    const [status, page] = await list(`${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    expect(status).toBe(200);
    expect(page.object).toBe("list");
    expect(page.data.length).toBeLessThanOrEqual(3);
    seen.push(...page.data);
    cursor = page.next_cursor;
    await between();
  } while (cursor);
  return seen;
}

function insertPayout(amount: number, createdAt: Date) {
  return db().payout.create({
    data: {
      idempotencyKey: crypto.randomUUID(),
      purpose: "supplier",
      destination: "mobile_money",
      status: "completed",
      amount,
      reason: "Fournisseur",
      recipientPhone: "22676000002",
      recipientSource: "typed_twice",
      operator: "orange_bf",
      requestedById: userId,
      createdAt,
    },
  });
}

beforeAll(async () => {
  app.db = db();
  const admin = await db().user.create({
    data: { email: "admin@boutique.bf", name: "Admin", role: "admin", passwordHash: "x" },
  });
  userId = admin.id;
  ({ secret } = await createApiKey(
    { db: db(), actor: admin, ip: null },
    { name: "Lecture", scopes: ["read"] },
  ));
  // Ties on purpose: rows sharing one instant (and one amount) are told apart by their id.
  for (let i = 0; i < 7; i++) {
    const invoice = await createPaidInvoice(db(), userId, 1_000 * (1 + (i % 3)));
    await db().invoice.update({
      where: { id: invoice.id },
      data: { createdAt: i < 4 ? SAME_INSTANT : new Date() },
    });
  }
  for (let i = 0; i < 6; i++) await insertPayout(1_000 * (1 + (i % 2)), i < 3 ? SAME_INSTANT : new Date());
});
afterAll(() => {
  app.db = null;
});

describe("GET /api/v1/transactions", () => {
  it("pages through payins and payouts with its cursor: every row once, none twice, newest first", async () => {
    const all = await walk("limit=3");
    const ids = all.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(13);
    const times = all.map((t) => t.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(all[0]).toMatchObject({ object: "transaction", currency: "XOF" });
    expect(new Set(all.map((t) => t.type))).toEqual(new Set(["payin", "payout"]));
  });

  it("a row arriving between two pages neither repeats nor shifts a row of the next page", async () => {
    const arrived: string[] = [];
    const all = await walk("limit=3", async () => {
      arrived.push((await insertPayout(9_000, new Date())).id);
    });
    const ids = all.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => arrived.includes(id))).toEqual([]);
    expect(ids.length).toBe(13);
  });

  it("keeps the console's filters and sorts across pages", async () => {
    const payouts = await walk("type=payout&sort=amount_asc&limit=3");
    expect(payouts.every((t) => t.type === "payout")).toBe(true);
    expect(new Set(payouts.map((t) => t.id)).size).toBe(payouts.length);
    const amounts = payouts.map((t) => t.amount);
    expect([...amounts].sort((a, b) => a - b)).toEqual(amounts);
    const [status, refused] = await answer<{ error: { code: string } }>(
      await listTransactions(apiRequest("GET", "/api/v1/transactions?status=bogus", { secret }), {}),
    );
    expect([status, refused.error.code]).toEqual([422, "validation_failed"]);
  });
});
