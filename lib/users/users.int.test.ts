import { describe, expect, it } from "vitest";
import { codeOf } from "@/test/support/error-code";
import { withTestDb } from "@/test/support/test-db";
import { createUser } from "./create-user";
import { resetPassword } from "./reset-password";
import { updateUser } from "./update-user";

const { db } = withTestDb(10);
const actor = { id: null, email: "test" };
let n = 0;
const newUser = (role: "admin" | "manager" | "finance" | "viewer") =>
  createUser(
    { db: db(), actor, ip: "127.0.0.1" },
    { email: `u${++n}@test.caisse.local`, name: `User ${n}`, role, password: "un-mot-de-passe-solide" },
  );

describe("people management", () => {
  it("refuses a second account with the same email", async () => {
    const user = await newUser("viewer");
    expect(
      await codeOf(
        createUser(
          { db: db(), actor, ip: null },
          { email: user.email, name: "Dup", role: "viewer", password: "un-mot-de-passe-solide" },
        ),
      ),
    ).toBe("email_taken");
  });

  it("never removes the last active admin, even when two admins demote each other at once", async () => {
    await db().user.updateMany({ where: { role: "admin" }, data: { role: "viewer" } });
    const [a, b] = [await newUser("admin"), await newUser("admin")];
    const results = await Promise.all([
      codeOf(updateUser({ db: db(), actor, ip: null }, { userId: a.id, ...{ role: "finance" } })),
      codeOf(updateUser({ db: db(), actor, ip: null }, { userId: b.id, ...{ active: false } })),
    ]);
    expect(results.sort()).toEqual(["last_admin", "ok"]);
    expect(await db().user.count({ where: { role: "admin", active: true } })).toBe(1);
    const survivor = (await db().user.findFirstOrThrow({ where: { role: "admin", active: true } })).id;
    expect(
      await codeOf(updateUser({ db: db(), actor, ip: null }, { userId: survivor, ...{ active: false } })),
    ).toBe("last_admin");
    expect(
      await codeOf(updateUser({ db: db(), actor, ip: null }, { userId: survivor, ...{ role: "manager" } })),
    ).toBe("last_admin");
  });

  it("signs a person out everywhere on role change, deactivation and password reset, with audit records", async () => {
    const user = await newUser("finance");
    const openSession = () =>
      db().staffSession.create({
        data: { id: `s${++n}`, userId: user.id, expiresAt: new Date(Date.now() + 3600_000) },
      });
    const sessions = () => db().staffSession.count({ where: { userId: user.id } });
    await openSession();
    await updateUser({ db: db(), actor, ip: null }, { userId: user.id, role: "viewer" });
    expect(await sessions()).toBe(0);
    await openSession();
    await updateUser({ db: db(), actor, ip: null }, { userId: user.id, active: false });
    expect(await sessions()).toBe(0);
    await openSession();
    await resetPassword(
      { db: db(), actor, ip: null },
      { userId: user.id, password: "encore-un-mot-de-passe" },
    );
    expect(await sessions()).toBe(0);
    const actions = (
      await db().auditLog.findMany({ where: { targetId: user.id }, orderBy: { id: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(["user.created", "user.role_changed", "user.deactivated", "user.password_reset"]);
  });

  it("keeps the audit trail append-only at the database level", async () => {
    await expect(db().auditLog.updateMany({ data: { action: "tampered" } })).rejects.toThrow();
    await expect(db().auditLog.deleteMany({})).rejects.toThrow();
    expect(await db().auditLog.count({ where: { action: "tampered" } })).toBe(0);
  });
});
