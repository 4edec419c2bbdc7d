import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/app-error";
import { withTestDb } from "@/test/support/test-db";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey, listApiKeys, revokeApiKey } from "./manage-api-keys";

const { db } = withTestDb(30);
const admin = { id: "", email: "" };

async function codeOf(promise: Promise<unknown>): Promise<string | null> {
  try {
    await promise;
    return null;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

beforeAll(async () => {
  const id = `adm${randomBytes(6).toString("hex")}`;
  admin.id = id;
  admin.email = `${id}@test.bf`;
  await db()
    .$executeRaw`INSERT INTO users (id, email, name, role, password_hash, updated_at) VALUES (${id}, ${admin.email}, 'Admin', 'admin', 'x', now())`;
});

const ctx = () => ({ db: db(), actor: admin, ip: "127.0.0.1" });
const bearer = (secret: string) => `Bearer ${secret}`;

describe("API keys", () => {
  it("shows the secret once, keeps only its hash, and audits the creation", async () => {
    const { key, secret } = await createApiKey(ctx(), {
      name: "Boutique",
      scopes: ["invoices:write", "read"],
    });
    const row = await db().apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(JSON.stringify(await listApiKeys(db()))).not.toContain(secret);
    expect(JSON.stringify(await listApiKeys(db()))).not.toContain(row.secretHash);
    expect(key.prefix).toBe(secret.slice(0, 16));
    const audit = await db().auditLog.findMany({ where: { action: "api_key.created", targetId: key.id } });
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit.map((a) => [a.before, a.after]))).not.toContain(secret);
  });

  it("lets a key in with its scopes only, and not after it is revoked or its creator deactivated", async () => {
    const { key, secret } = await createApiKey(ctx(), { name: "Lecture", scopes: ["read"] });
    const caller = await authenticateApiKey(db(), bearer(secret), "read");
    expect(caller).toMatchObject({ keyId: key.id, actor: { id: admin.id, email: admin.email } });
    expect(await codeOf(authenticateApiKey(db(), bearer(secret), "invoices:write"))).toBe("forbidden");
    expect(
      await codeOf(
        authenticateApiKey(db(), bearer(`${secret.slice(0, -1)}${secret.endsWith("A") ? "B" : "A"}`), "read"),
      ),
    ).toBe("unauthenticated");
    expect(await codeOf(authenticateApiKey(db(), null, "read"))).toBe("unauthenticated");
    const used = await db().apiKey.findUniqueOrThrow({ where: { id: key.id } });
    expect(used.lastUsedAt).not.toBeNull();

    await revokeApiKey(ctx(), key.id);
    expect(await codeOf(authenticateApiKey(db(), bearer(secret), "read"))).toBe("unauthenticated");
    await revokeApiKey(ctx(), key.id);
    expect(await db().auditLog.count({ where: { action: "api_key.revoked", targetId: key.id } })).toBe(1);

    const other = await createApiKey(ctx(), { name: "Compte désactivé", scopes: ["read"] });
    await db().user.update({ where: { id: admin.id }, data: { active: false } });
    try {
      expect(await codeOf(authenticateApiKey(db(), bearer(other.secret), "read"))).toBe("unauthenticated");
    } finally {
      await db().user.update({ where: { id: admin.id }, data: { active: true } });
    }
  });

  it("counts calls per key and minute across concurrent callers: exactly the limit gets through", async () => {
    const { secret } = await createApiKey(ctx(), { name: "Rafale", scopes: ["read"] });
    const now = new Date("2026-12-06T10:00:20.000Z");
    const results = await Promise.all(
      Array.from({ length: 25 }, () =>
        codeOf(authenticateApiKey(db(), bearer(secret), "read", { now, perMinute: 10 })),
      ),
    );
    expect(results.filter((code) => code === null)).toHaveLength(10);
    expect(results.filter((code) => code === "rate_limited")).toHaveLength(15);
    try {
      await authenticateApiKey(db(), bearer(secret), "read", { now, perMinute: 10 });
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).details?.retryAfterSeconds).toBe(40);
    }
    // The next minute starts afresh.
    const later = new Date("2026-12-06T10:01:00.000Z");
    expect(
      await codeOf(authenticateApiKey(db(), bearer(secret), "read", { now: later, perMinute: 10 })),
    ).toBeNull();
  });

  it("refuses scopes outside the list at the database too", async () => {
    const payouts = await createApiKey(ctx(), { name: "Versements", scopes: ["payouts:write"] });
    expect(await codeOf(authenticateApiKey(db(), bearer(payouts.secret), "payouts:write"))).toBeNull();
    expect(await codeOf(authenticateApiKey(db(), bearer(payouts.secret), "read"))).toBe("forbidden");
    await expect(
      db().apiKey.create({
        data: {
          name: "x",
          prefix: "x",
          secretHash: randomBytes(8).toString("hex"),
          scopes: ["admin"],
          createdById: admin.id,
        },
      }),
    ).rejects.toThrow();
  });
});
