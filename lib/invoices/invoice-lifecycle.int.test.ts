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
  it("a pending link is payable; revoked, it is not — and the revocation is audited once", async () => {
    const invoice = await sent();
    expect((await findPublicInvoice(db(), invoice.publicId))?.view.state).toBe("payable");
    await Promise.all([
      revokeInvoice({ db: db(), actor, publicUrl: PUBLIC_URL }, { invoiceId: invoice.id }),
      revokeInvoice({ db: db(), actor, publicUrl: PUBLIC_URL }, { invoiceId: invoice.id }),
    ]);
    expect((await findPublicInvoice(db(), invoice.publicId))?.view.state).toBe("revoked");
    expect(await db().auditLog.count({ where: { action: "invoice.revoked", targetId: invoice.id } })).toBe(1);
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
    ).rejects.toMatchObject({ code: "conflict" });
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
    const completed = await listInvoices(db(), { limit: 50, status: "completed" });
    expect(completed.invoices.length).toBeGreaterThan(0);
    expect(completed.invoices.every((i) => i.status === "completed")).toBe(true);
  });
});
