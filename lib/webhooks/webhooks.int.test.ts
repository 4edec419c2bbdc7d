import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type AppError } from "@/lib/http/app-error";
import { withTestDb } from "@/test/support/test-db";
import { deliverDue } from "./deliver-due";
import { emitExpiredInvoices } from "./emit-expired";
import { createEndpoint, resendDelivery, rotateEndpointSecret } from "./manage-endpoints";

// Outbox and delivery on a real PostgreSQL, to a real HTTP receiver that verifies every signature
// with the Standard Webhooks library, as a merchant's backend would.

const { db, url } = withTestDb(20);
const admin = { id: "", email: "" };
const ctx = () => ({ db: db(), actor: admin, ip: null });
const uid = (prefix: string) => `${prefix}${randomBytes(6).toString("hex")}`;

type Received = { headers: IncomingHttpHeaders; body: string; path: string };
const received: Received[] = [];
/** What the receiver answers next, per path; absent = 200. */
const answers = new Map<string, number[]>();
let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const path = request.url ?? "/";
      received.push({ headers: request.headers, body, path });
      const status = answers.get(path)?.shift() ?? 200;
      if (status === 302) response.writeHead(302, { Location: `${base}/stolen` }).end();
      else response.writeHead(status).end(status === 200 ? "merci" : "erreur du marchand");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  admin.id = uid("adm");
  admin.email = `${admin.id}@test.bf`;
  await db()
    .$executeRaw`INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES (${admin.id}, ${admin.email}, 'Admin', 'admin', 'x', now())`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(async () => {
  received.length = 0;
  answers.clear();
  // Each test subscribes its own endpoints.
  await db().webhookEndpoint.updateMany({ data: { disabledAt: new Date() } });
});

async function pendingInvoice(extra: { expiresAt?: Date } = {}) {
  const id = uid("inv");
  await db()
    .$executeRaw`INSERT INTO invoices (id, public_id, idempotency_key, channel, status, total_amount, description,
      customer_firstname, customer_lastname, customer_email, merchant_reference, expires_at, created_by_id, updated_at)
    VALUES (${id}, ${uid("pub")}, ${id}, 'hosted', 'pending', 12500, 'Commande', 'Awa', 'Ouédraogo', 'awa@example.bf',
      'CMD-1', ${extra.expiresAt ?? null}::timestamptz, ${admin.id}, now())`;
  return id;
}

const endpoint = (path: string, events = ["invoice.paid", "invoice.failed", "invoice.expired"] as const) =>
  createEndpoint(ctx(), {
    url: `${base}${path}`,
    description: "",
    events: [...events],
    allowPrivateNetwork: true,
  });

describe("the webhook outbox", () => {
  it("writes exactly one event per verified change, however many copies race, none for a rolled-back one", async () => {
    await endpoint("/once");
    const id = await pendingInvoice();
    // Ten connections settle the same invoice at once (the compare-and-set of the settlement).
    const clients = await Promise.all(
      Array.from({ length: 10 }, async () => {
        const client = new pg.Client({ connectionString: url() });
        await client.connect();
        return client;
      }),
    );
    await Promise.all(
      clients.map((c) =>
        c.query(`UPDATE invoices SET status = 'completed' WHERE id = $1 AND status = 'pending'`, [id]),
      ),
    );
    const rolledBack = await pendingInvoice();
    const [first] = clients;
    await first!.query("BEGIN");
    await first!.query(`UPDATE invoices SET status = 'completed' WHERE id = $1`, [rolledBack]);
    await first!.query("ROLLBACK");
    // Even a status flipped back and forth by hand is one change already told.
    await first!.query(`UPDATE invoices SET status = 'pending' WHERE id = $1`, [id]);
    await first!.query(`UPDATE invoices SET status = 'completed' WHERE id = $1`, [id]);
    await Promise.all(clients.map((c) => c.end()));

    const events = await db().webhookEvent.findMany({ where: { subjectId: { in: [id, rolledBack] } } });
    expect(events.map((e) => e.type)).toEqual(["invoice.paid"]);
    expect(events[0]?.payload).toMatchObject({
      type: "invoice.paid",
      data: { id, object: "invoice", status: "paid", amount: 12500, reference: "CMD-1" },
    });
    expect(await db().webhookDelivery.count({ where: { eventId: events[0]!.id } })).toBe(1);
  });

  it("delivers it signed: the receiver verifies the Standard Webhooks signature and reads the event", async () => {
    const { secret } = await endpoint("/signed");
    const id = await pendingInvoice();
    await db().$executeRaw`UPDATE invoices SET status = 'notcompleted' WHERE id = ${id}`;
    expect(await deliverDue(db())).toMatchObject({ attempted: 1, delivered: 1 });
    const [request] = received;
    expect(request?.path).toBe("/signed");
    const verified = new Webhook(secret).verify(request!.body, request!.headers as Record<string, string>);
    expect(verified).toMatchObject({ type: "invoice.failed", data: { id, status: "not_completed" } });
    expect(request!.headers["webhook-id"]).toMatch(/^msg_/);
    expect(await deliverDue(db())).toMatchObject({ attempted: 0 });
  });

  it("retries a failing endpoint on its schedule and records every attempt", async () => {
    await endpoint("/flaky");
    answers.set("/flaky", [500, 503]);
    const id = await pendingInvoice();
    await db().$executeRaw`UPDATE invoices SET status = 'completed' WHERE id = ${id}`;
    let clock = Date.now();
    const now = () => new Date(clock);
    expect(await deliverDue(db(), { now })).toMatchObject({ attempted: 1, delivered: 0 });
    expect(await deliverDue(db(), { now })).toMatchObject({ attempted: 0 });
    clock += 5_000;
    expect(await deliverDue(db(), { now })).toMatchObject({ attempted: 1, delivered: 0 });
    clock += 5 * 60_000;
    expect(await deliverDue(db(), { now })).toMatchObject({ attempted: 1, delivered: 1 });
    const event = await db().webhookEvent.findFirstOrThrow({ where: { subjectId: id } });
    const delivery = await db().webhookDelivery.findFirstOrThrow({
      where: { eventId: event.id },
      include: { attemptLog: { orderBy: { at: "asc" } } },
    });
    expect(delivery.status).toBe("delivered");
    expect(delivery.attemptLog.map((a) => a.statusCode)).toEqual([500, 503, 200]);
    expect(delivery.attemptLog[0]?.answer).toBe("erreur du marchand");
    // Every attempt carried the same event id: the receiver can drop copies.
    expect(new Set(received.map((r) => r.headers["webhook-id"])).size).toBe(1);
  });

  it("never follows a redirect, and gives up after three days, marking the endpoint failing", async () => {
    const { endpoint: created } = await endpoint("/moved");
    answers.set(
      "/moved",
      Array.from({ length: 20 }, () => 302),
    );
    const id = await pendingInvoice();
    await db().$executeRaw`UPDATE invoices SET status = 'completed' WHERE id = ${id}`;
    let clock = Date.now();
    const now = () => new Date(clock);
    for (let i = 0; i < 30; i += 1) {
      await deliverDue(db(), { now });
      clock += 11 * 3_600_000;
    }
    expect(received.some((r) => r.path === "/stolen")).toBe(false);
    const delivery = await db().webhookDelivery.findFirstOrThrow({ where: { endpointId: created.id } });
    expect(delivery.status).toBe("failed");
    expect(delivery.attempts).toBe(received.filter((r) => r.path === "/moved").length);
    const marked = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } });
    expect(marked.failingSince).not.toBeNull();
    // "Renvoyer" sends it once more, and a success clears the endpoint's failing mark.
    answers.set("/moved", [200]);
    await resendDelivery(ctx(), delivery.id);
    expect(await deliverDue(db(), { now: () => new Date() })).toMatchObject({ delivered: 1 });
    expect(
      (await db().webhookEndpoint.findUniqueOrThrow({ where: { id: created.id } })).failingSince,
    ).toBeNull();
  });

  it("two senders at once never send a delivery twice", async () => {
    await endpoint("/pair");
    const ids = await Promise.all(Array.from({ length: 30 }, () => pendingInvoice()));
    await db().$executeRaw`UPDATE invoices SET status = 'completed' WHERE id = ANY(${ids})`;
    const passes = await Promise.all([deliverDue(db(), { batch: 50 }), deliverDue(db(), { batch: 50 })]);
    expect(passes[0].attempted + passes[1].attempted).toBe(30);
    const sent = received.filter((r) => r.path === "/pair").map((r) => r.headers["webhook-id"]);
    expect(sent).toHaveLength(30);
    expect(new Set(sent).size).toBe(30);
  });

  it("tells an expired link once, not a paid or revoked one", async () => {
    await endpoint("/expired");
    const past = new Date(Date.now() - 60_000);
    const expired = await pendingInvoice({ expiresAt: past });
    const paid = await pendingInvoice({ expiresAt: past });
    await db().$executeRaw`UPDATE invoices SET status = 'completed' WHERE id = ${paid}`;
    const revoked = await pendingInvoice({ expiresAt: past });
    await db().$executeRaw`UPDATE invoices SET revoked_at = now() WHERE id = ${revoked}`;
    await emitExpiredInvoices(db());
    await emitExpiredInvoices(db());
    const events = await db().webhookEvent.findMany({
      where: { type: "invoice.expired", subjectId: { in: [expired, paid, revoked] } },
    });
    expect(events.map((e) => e.subjectId)).toEqual([expired]);
  });

  it("refuses an endpoint on this machine or a private network unless an admin allows it", async () => {
    const refused = async (target: string) => {
      try {
        await createEndpoint(ctx(), {
          url: target,
          description: "",
          events: ["invoice.paid"],
          allowPrivateNetwork: false,
        });
        return null;
      } catch (error) {
        return (error as AppError).text?.key ?? null;
      }
    };
    expect(await refused("https://127.0.0.1/hook")).toBe("webhooks.errors.private");
    expect(await refused("https://localhost/hook")).toBe("webhooks.errors.private");
    expect(await refused("https://10.1.2.3/hook")).toBe("webhooks.errors.private");
    expect(await refused("https://[::1]/hook")).toBe("webhooks.errors.private");
    expect(await refused("http://shop.example.bf/hook")).toBe("webhooks.errors.https");
    expect(await refused("https://user:pw@shop.example.bf/hook")).toBe("webhooks.errors.credentials");
    expect(await refused("https://shop.example.bf/hook")).toBeNull();
    // Saved while its name was public, then pointing here: the connection is refused, not made.
    const { endpoint: sneaky } = await createEndpoint(ctx(), {
      url: `${base.replace("127.0.0.1", "localhost")}/sneaky`,
      description: "",
      events: ["invoice.paid"],
      allowPrivateNetwork: true,
    });
    await db().webhookEndpoint.update({ where: { id: sneaky.id }, data: { allowPrivateNetwork: false } });
    await db().webhookEndpoint.updateMany({
      where: { id: { not: sneaky.id } },
      data: { disabledAt: new Date() },
    });
    const id = await pendingInvoice();
    await db().$executeRaw`UPDATE invoices SET status = 'completed' WHERE id = ${id}`;
    expect(await deliverDue(db())).toMatchObject({ attempted: 1, delivered: 0 });
    expect(received.some((r) => r.path === "/sneaky")).toBe(false);
    const attempt = await db().webhookAttempt.findFirstOrThrow({
      where: { delivery: { endpointId: sneaky.id } },
    });
    expect(attempt.statusCode).toBeNull();
    expect(attempt.answer).toContain("private address");
  });

  it("after a rotation, the old secret still verifies for the overlap, the new one at once", async () => {
    const { endpoint: created, secret: oldSecret } = await endpoint("/rotated");
    const { secret: newSecret } = await rotateEndpointSecret(ctx(), created.id);
    const id = await pendingInvoice();
    await db().$executeRaw`UPDATE invoices SET status = 'completed' WHERE id = ${id}`;
    await deliverDue(db());
    const request = received.find((r) => r.path === "/rotated")!;
    const headers = request.headers as Record<string, string>;
    expect(new Webhook(oldSecret).verify(request.body, headers)).toBeTruthy();
    expect(new Webhook(newSecret).verify(request.body, headers)).toBeTruthy();
  });
});
