import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import type { LigdicashClient } from "@/lib/ligdicash/types";
import { withTestDb } from "@/test/support/test-db";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { checkInvoiceIfDue } from "./check-invoice";
import { createInvoice } from "./create-invoice";
import { getInvoice } from "./get-invoice";
import { listInvoices } from "./list-invoices";
import { findPublicInvoice } from "./public-invoice";
import { revokeInvoice } from "./revoke-invoice";
import { invoiceInputSchema } from "./schemas";

// After creation: the throttled status check pages poll through, revocation, the public view of
// a link, the staff story and the keyset-paginated list.

const { db } = withTestDb(30);
let sim: RunningSimulator;
let gateway: LigdicashClient;
let actor: { id: string; email: string };
const PUBLIC_URL = "https://caisse.example.bf";
const schema = invoiceInputSchema({ minAmount: 20, maxAmount: 1_000_000 }, (key) => key);

async function sent(amount = 12_500) {
  const input = schema.parse({
    idempotencyKey: crypto.randomUUID(),
    channel: "hosted",
    customerFirstname: "Issa",
    customerLastname: "Kabore",
    customerEmail: "issa@example.bf",
    items: [{ name: "Sac de riz 25 kg", quantity: 1, unitPrice: amount }],
    description: "Commande",
  });
  const created = await createInvoice({ db: db(), gateway, publicUrl: PUBLIC_URL, actor }, input);
  const row = await db().invoice.findUniqueOrThrow({ where: { id: created.id } });
  return { ...row, token: row.gatewayToken ?? "" };
}
const statusCalls = () => sim.controls.requests({ endpoint: "E5" }).length;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  gateway = createSimulatorClient(sim.baseUrl);
  const user = await db().user.create({
    data: { email: "manager@test.bf", name: "Moussa Manager", role: "manager", passwordHash: "x" },
  });
  actor = { id: user.id, email: user.email };
});
afterAll(async () => sim.close());
beforeEach(() => sim.controls.clearRequests());

describe("checkInvoiceIfDue", () => {
  it("30 pages polling at once cost one LigdiCash status query, and a paid invoice settles", async () => {
    const invoice = await sent();
    sim.controls.settle({
      token: invoice.token,
      status: "completed",
      operator: "orange_bf",
      phone: "22676000001",
    });
    const claimed = await Promise.all(
      Array.from({ length: 30 }, () => checkInvoiceIfDue({ db: db(), gateway }, { invoiceId: invoice.id })),
    );
    expect(claimed.filter(Boolean)).toHaveLength(1);
    expect(statusCalls()).toBe(1);
    expect(await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).toMatchObject({
      status: "completed",
      operator: "orange_bf",
    });
    // Final: never asked again.
    expect(await checkInvoiceIfDue({ db: db(), gateway }, { invoiceId: invoice.id, intervalMs: 0 })).toBe(
      false,
    );
    expect(statusCalls()).toBe(1);
  });

  it("asks again once the interval has passed", async () => {
    const invoice = await sent();
    expect(await checkInvoiceIfDue({ db: db(), gateway }, { invoiceId: invoice.id, intervalMs: 200 })).toBe(
      true,
    );
    expect(await checkInvoiceIfDue({ db: db(), gateway }, { invoiceId: invoice.id, intervalMs: 200 })).toBe(
      false,
    );
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await checkInvoiceIfDue({ db: db(), gateway }, { invoiceId: invoice.id, intervalMs: 200 })).toBe(
      true,
    );
    expect(statusCalls()).toBe(2);
  });
});

describe("public view and revocation", () => {
  it("a pending link is payable; revoked, it is not — one of two revocations wins, audited once", async () => {
    const invoice = await sent();
    expect((await findPublicInvoice(db(), invoice.publicId))?.view.state).toBe("payable");
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, () =>
        revokeInvoice({ db: db(), actor, publicUrl: PUBLIC_URL }, { invoiceId: invoice.id }),
      ),
    );
    const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(won.map((w) => w.displayState)).toEqual(["revoked"]);
    for (const r of results)
      if (r.status === "rejected")
        expect(r.reason).toMatchObject({
          code: "conflict",
          details: { state: "revoked" },
          text: { key: "invoices.revokeRefused.revoked" },
        });
    expect((await findPublicInvoice(db(), invoice.publicId))?.view.state).toBe("revoked");
    expect(await db().auditLog.count({ where: { action: "invoice.revoked", targetId: invoice.id } })).toBe(1);
  });

  it("an expired link is not revoked: the refusal says it expired, and nothing is recorded", async () => {
    const invoice = await sent();
    await db().invoice.update({
      where: { id: invoice.id },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    expect((await getInvoice(db(), invoice.id, PUBLIC_URL)).displayState).toBe("expired");
    await expect(
      revokeInvoice({ db: db(), actor, publicUrl: PUBLIC_URL }, { invoiceId: invoice.id }),
    ).rejects.toMatchObject({
      code: "conflict",
      details: { state: "expired" },
      text: { key: "invoices.revokeRefused.expired" },
    });
    expect((await db().invoice.findUniqueOrThrow({ where: { id: invoice.id } })).revokedAt).toBeNull();
    expect(await db().auditLog.count({ where: { action: "invoice.revoked", targetId: invoice.id } })).toBe(0);
  });

  it("an expired link cannot be paid; the public view holds no id, token or customer data", async () => {
    const invoice = await sent();
    await db().invoice.update({
      where: { id: invoice.id },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    const found = await findPublicInvoice(db(), invoice.publicId);
    expect(found?.view.state).toBe("expired");
    const text = JSON.stringify(found?.view);
    for (const secret of [invoice.id, invoice.token, invoice.customerEmail, invoice.customerLastname])
      expect(text).not.toContain(secret);
    expect(await findPublicInvoice(db(), "not-a-real-public-id-at-all")).toBeNull();
  });

  it("a paid invoice cannot be revoked", async () => {
    const invoice = await sent();
    sim.controls.settle({ token: invoice.token, status: "completed" });
    await checkInvoiceIfDue({ db: db(), gateway }, { invoiceId: invoice.id, intervalMs: 0 });
    await expect(
      revokeInvoice({ db: db(), actor, publicUrl: PUBLIC_URL }, { invoiceId: invoice.id }),
    ).rejects.toMatchObject({ code: "conflict", text: { key: "invoices.revokeRefused.paid" } });
  });
});

describe("staff views", () => {
  it("the story lists creation, the LigdiCash exchanges and the verified settlement in order", async () => {
    const invoice = await sent();
    sim.controls.settle({ token: invoice.token, status: "completed" });
    await checkInvoiceIfDue({ db: db(), gateway }, { invoiceId: invoice.id, intervalMs: 0 });
    const detail = await getInvoice(db(), invoice.id, PUBLIC_URL);
    expect(detail.payUrl).toBe(`${PUBLIC_URL}/pay/${invoice.publicId}`);
    expect(detail.timeline.map((e) => e.kind)).toEqual([
      "created",
      "exchange",
      "sent",
      "exchange",
      "settled",
    ]);
    expect(JSON.stringify(detail)).not.toContain(invoice.token);
  });

  it("keyset pages walk every invoice exactly once, newest first, and filter by status", async () => {
    for (let i = 0; i < 5; i += 1) await sent(1_000 + i);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listInvoices(db(), { limit: 2, cursor });
      seen.push(...page.invoices.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const all = await db().invoice.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(seen).toEqual(all.map((r) => r.id));
    const paid = await listInvoices(db(), { limit: 50, status: "paid" });
    expect(paid.invoices.length).toBeGreaterThan(0);
    expect(paid.invoices.every((i) => i.status === "completed" && i.displayState === "paid")).toBe(true);
  });

  it("filtered by display state, keyset pages still walk exactly the matching invoices, newest first", async () => {
    const made = [];
    for (let i = 0; i < 6; i += 1) made.push(await sent(2_000 + i));
    const expiredIds = made.filter((_, i) => i % 2 === 0).map((m) => m.id);
    await db().invoice.updateMany({
      where: { id: { in: expiredIds } },
      data: { expiresAt: new Date(Date.now() - 1_000) },
    });
    const walk = async (status: "expired" | "awaiting_payment") => {
      const seen: { id: string; displayState: string }[] = [];
      let cursor: string | undefined;
      do {
        const page = await listInvoices(db(), { limit: 1, status, cursor });
        seen.push(...page.invoices);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen;
    };
    const expired = await walk("expired");
    // Page by page, the same invoices as in one page, in the list's order (newest first).
    const onePage = await listInvoices(db(), { limit: 100, status: "expired" });
    expect(expired.map((i) => i.id)).toEqual(onePage.invoices.map((i) => i.id));
    const order = await db().invoice.findMany({
      where: { id: { in: expired.map((i) => i.id) } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(expired.map((i) => i.id)).toEqual(order.map((r) => r.id));
    expect(expired.map((i) => i.id)).toEqual(expect.arrayContaining(expiredIds));
    expect(expired.every((i) => i.displayState === "expired")).toBe(true);
    const awaiting = await walk("awaiting_payment");
    expect(awaiting.every((i) => i.displayState === "awaiting_payment")).toBe(true);
    expect(awaiting.map((i) => i.id)).toEqual(
      expect.arrayContaining(made.filter((_, i) => i % 2).map((m) => m.id)),
    );
    expect(awaiting.some((i) => expiredIds.includes(i.id))).toBe(false);
  });
});
