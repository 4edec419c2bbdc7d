import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiKey } from "@/lib/api-keys/manage-api-keys";
import type { ApiInvoice } from "@/lib/api-v1/invoice-resource";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { answer, apiRequest, app, withParams } from "@/test/support/api-v1/route-harness";
import { SHOP_ORDER } from "@/test/support/api-v1/shop-order";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { withTestDb } from "@/test/support/test-db";
import { GET as getInvoice } from "./[id]/route";
import { POST as postInvoice } from "./route";

// The route handlers themselves, as Next calls them (stand-ins: test/support/api-v1/route-harness.ts).
vi.mock("next-intl/server", async () => (await import("@/test/support/api-v1/route-harness")).nextIntlServer);
vi.mock("next/headers", async () => (await import("@/test/support/api-v1/route-harness")).nextHeaders);
vi.mock("@/lib/db", async () => (await import("@/test/support/api-v1/route-harness")).appServices.db);
vi.mock("@/lib/env", async () => (await import("@/test/support/api-v1/route-harness")).appServices.env);
vi.mock(
  "@/lib/auth/client-ip",
  async () => (await import("@/test/support/api-v1/route-harness")).appServices.clientIp,
);
vi.mock(
  "@/lib/ligdicash",
  async () => (await import("@/test/support/api-v1/route-harness")).appServices.ligdicash,
);

type Refusal = { error: { code: string; details: { fields: { path: string; message: string }[] } } };

const { db } = withTestDb(10);
let sim: RunningSimulator;
let secret: string;

// The order without metadata: each test sends its own.
const { metadata: _none, ...ORDER } = SHOP_ORDER;
const create = (body: unknown, idempotencyKey: string = crypto.randomUUID()) =>
  postInvoice(apiRequest("POST", "/api/v1/invoices", { secret, idempotencyKey, body }), {});

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  app.db = db();
  app.gateway = createSimulatorClient(sim.baseUrl, {
    timeoutMs: 5_000,
    callbackUrl: "http://127.0.0.1:9/cb",
  });
  const admin = await db().user.create({
    data: { email: "admin@boutique.bf", name: "Admin", role: "admin", passwordHash: "x" },
  });
  ({ secret } = await createApiKey(
    { db: db(), actor: admin, ip: null },
    { name: "Boutique", scopes: ["invoices:write", "read"] },
  ));
});
afterAll(async () => sim.close());

describe("invoice metadata", () => {
  it("is kept as sent, answered by the API and carried by the paid event", async () => {
    const metadata = { cart_id: "P-7781", "Client Boutique": "u-4410", note: "é".repeat(500) };
    const [status, invoice] = await answer<ApiInvoice>(await create({ ...ORDER, metadata }));
    expect(status).toBe(201);
    expect(invoice.metadata).toEqual(metadata);
    const [, read] = await answer<ApiInvoice>(
      await getInvoice(
        apiRequest("GET", `/api/v1/invoices/${invoice.id}`, { secret }),
        withParams({ id: invoice.id }),
      ),
    );
    expect(read.metadata).toEqual(metadata);

    // The verified verdict's trigger writes the event with the metadata (migration 20261206061000).
    await db()
      .$executeRaw`UPDATE invoices SET status = 'completed', settled_at = now() WHERE id = ${invoice.id}`;
    const [event] = await db().$queryRaw<{ payload: { data: { metadata: unknown; reference: string } } }[]>`
      SELECT payload FROM webhook_events WHERE type = 'invoice.paid' AND subject_id = ${invoice.id}`;
    expect(event?.payload.data).toMatchObject({ metadata, reference: "CMD-7781" });
  });

  it("is {} when the shop sends none; another metadata under the same key is another request", async () => {
    const key = crypto.randomUUID();
    const [status, invoice] = await answer<ApiInvoice>(await create(ORDER, key));
    expect([status, invoice.metadata]).toEqual([201, {}]);
    const [reusedStatus, reused] = await answer<{ error: { code: string } }>(
      await create({ ...ORDER, metadata: { a: "b" } }, key),
    );
    expect([reusedStatus, reused.error.code]).toEqual([422, "idempotency_key_reused"]);
  });

  it("refuses, in French and by key, what breaks the limits; nothing is stored", async () => {
    const before = await db().invoice.count();
    const tooMany = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`k${i}`, "v"]));
    const cases: [unknown, string, RegExp][] = [
      [tooMany, "metadata", /20 clés au plus/],
      [{ ["x".repeat(41)]: "v" }, `metadata.${"x".repeat(41)}`, /de 1 à 40 caractères/],
      [{ panier: 42 }, "metadata.panier", /la valeur de « panier » doit être un texte/],
      [{ note: "a".repeat(501) }, "metadata.note", /« note » dépasse 500 caractères/],
      [["pas", "un", "objet"], "metadata", /paires clé\/valeur/],
    ];
    for (const [metadata, path, message] of cases) {
      const [status, refused] = await answer<Refusal>(await create({ ...ORDER, metadata }));
      expect(status).toBe(422);
      expect(refused.error.details.fields).toContainEqual({
        path,
        message: expect.stringMatching(message) as unknown,
      });
    }
    expect(await db().invoice.count()).toBe(before);
  });
});
