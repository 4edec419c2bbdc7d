import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { poolOf } from "@/lib/db/client";
import { createPool } from "@/lib/db/pool";
import { withTestDb } from "@/test/support/test-db";
import { CALLBACK_PATH } from "@/lib/ligdicash/endpoints";
import { createCallbackDoor, type CallbackDoor } from "./callback-door";
import { MAX_STORED_BODY } from "./store-delivery";
import { verifierChannel } from "./verifier-channel";

const { db, url } = withTestDb(8);

/** The door on a plain server, as scripts/serve-app.mjs serves it; anything else answers 404 ("Next.js"). */
async function serve(door: CallbackDoor): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "unknown";
    if (!door.handle(req, res)) res.writeHead(404).end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

type Answer = { status: number; body: string; connection: string | undefined };

/** One POST on its own connection, written in pieces so a body can be far larger than the limit. */
function post(origin: string, path: string, body: string | Buffer, contentType = "application/json") {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(`${origin}${path}`, { method: "POST", headers: { "content-type": contentType } });
    req.on("response", (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c: string) => (text += c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: text, connection: res.headers.connection }),
      );
    });
    req.on("error", reject);
    req.end(body);
  });
}

const channel = verifierChannel("doortest");
let door: { origin: string; server: Server };

beforeAll(async () => {
  door = await serve(createCallbackDoor({ pool: poolOf(db()), notify: channel }));
});
afterAll(() => new Promise<void>((resolve) => door.server.close(() => resolve())));

describe("the callback door (LigdiCash's callbacks, answered beside Next.js)", () => {
  it("stores a callback with the sender's address, answers 200 with its id, and announces it to the verifier", async () => {
    const listener = new pg.Client({ connectionString: url() });
    await listener.connect();
    const notices: string[] = [];
    listener.on("notification", (n) => notices.push(n.payload ?? ""));
    await listener.query(`LISTEN ${channel}`);
    try {
      const id = `door-${crypto.randomUUID()}`;
      const answer = await post(
        door.origin,
        CALLBACK_PATH,
        JSON.stringify({ status: "completed", transaction_id: id }),
      );
      expect(answer.status).toBe(200);
      const { received, id: deliveryId } = JSON.parse(answer.body) as { received: boolean; id: string };
      expect(received).toBe(true);
      const row = await db().callbackDelivery.findUniqueOrThrow({ where: { id: deliveryId } });
      expect(row).toMatchObject({ claimedTransactionId: id, outcome: "received", sourceIp: "127.0.0.1" });
      await expect.poll(() => notices.map((n) => (JSON.parse(n) as { id: string }).id)).toContain(deliveryId);
    } finally {
      await listener.end();
    }
  });

  it("a 3 MB body: answered 200 at once on a closing connection, only the first 64 KB stored, flagged", async () => {
    const body = Buffer.alloc(3 * 1024 * 1024, "a");
    const answer = await post(door.origin, CALLBACK_PATH, body);
    expect(answer).toMatchObject({ status: 200, connection: "close" });
    const { id } = JSON.parse(answer.body) as { id: string };
    const row = await db().callbackDelivery.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ outcome: "flagged", flagReason: "truncated" });
    expect(row.body).toHaveLength(MAX_STORED_BODY);
    // The door still answers the next sender.
    expect((await post(door.origin, CALLBACK_PATH, "{}")).status).toBe(200);
  });

  it("leaves every other request to Next.js: another path, another method, a look-alike path", async () => {
    expect((await post(door.origin, "/api/ligdicash/callbacks", "{}")).body).toBe("next");
    expect((await post(door.origin, "/api/ligdicash/callback/x", "{}")).body).toBe("next");
    const get = await fetch(`${door.origin}${CALLBACK_PATH}`);
    expect(await get.text()).toBe("next");
    // A query string does not change the door.
    expect((await post(door.origin, `${CALLBACK_PATH}?via=lc`, "{}")).status).toBe(200);
  });

  it("answers 503 when the delivery cannot be stored: never 200 for a callback it did not keep", async () => {
    const unreachable = createPool("postgresql://postgres@127.0.0.1:1/none", { max: 1, label: "test" });
    const broken = await serve(createCallbackDoor({ pool: unreachable }));
    try {
      const answer = await post(broken.origin, CALLBACK_PATH, JSON.stringify({ status: "completed" }));
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.body)).toEqual({ received: false });
    } finally {
      broken.server.close();
      await unreachable.end();
    }
  });
});
