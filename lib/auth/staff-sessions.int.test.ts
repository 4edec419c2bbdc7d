import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { withTestDb } from "@/test/support/test-db";
import { resetPassword } from "@/lib/users/reset-password";
import { updateUser } from "@/lib/users/update-user";
import { endUserSessions } from "@/lib/users/end-user-sessions";
import { hashPassword } from "./password";
import { SESSION_COOKIE } from "./session-cookie";
import { signInStaff } from "./sign-in-staff";
import { deleteExpiredSessions } from "./staff-sessions";

// The real lookup (lib/auth/current-staff.ts) and sign-out actions, with Next's request cookies
// replaced by a jar the test controls and the app's database by this file's own.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs the widened fields; the rule misreads vi.hoisted
const jar = vi.hoisted(() => ({ value: undefined as string | undefined, db: undefined as unknown }));
vi.mock("next/headers", () => ({
  cookies: () =>
    Promise.resolve({
      get: (name: string) =>
        name === "next-auth.session-token" && jar.value ? { name, value: jar.value } : undefined,
      getAll: () => (jar.value ? [{ name: "next-auth.session-token", value: jar.value }] : []),
      delete: () => {
        jar.value = undefined;
      },
    }),
  headers: () => Promise.resolve(new Headers({ "x-forwarded-for": "10.0.0.9" })),
}));
vi.mock("@/lib/db", () => ({ db: () => jar.db }));

const { db } = withTestDb(10);
const SECRET = "integration-test-secret-integration-test-secret";
process.env.NEXTAUTH_SECRET = SECRET;
const actor = { id: null, email: "admin@test.caisse.local" };
let counter = 0;

beforeEach(() => {
  jar.db = db();
  jar.value = undefined;
});

async function person(role: "admin" | "finance" = "finance") {
  const email = `person${++counter}@test.caisse.local`;
  const user = await db().user.create({
    data: { email, name: `Person ${counter}`, role, passwordHash: await hashPassword("le-bon-mot-de-passe") },
  });
  return { id: user.id, email, password: "le-bon-mot-de-passe" };
}

/** Signs in like the credentials endpoint does and returns the cookie value next-auth would set. */
async function signInCookie(who: { email: string; password: string }): Promise<string> {
  const staff = await signInStaff(db(), {
    email: who.email,
    password: who.password,
    ip: "10.0.0.9",
    userAgent: "vitest",
  });
  const now = Date.now();
  return encode({
    secret: SECRET,
    token: {
      sub: staff.id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
      sid: staff.sessionId,
      loginAt: now,
      seenAt: now,
    },
  });
}

async function statusWith(cookie: string): Promise<string> {
  vi.resetModules();
  jar.value = cookie;
  const { lookupStaff } = await import("./current-staff");
  return (await lookupStaff()).status;
}

async function signOutWith(cookie: string, action: "signOut" | "signOutEverywhere") {
  vi.resetModules();
  jar.value = cookie;
  const actions = await import("./sign-out");
  // The action ends by redirecting to the sign-in page (Next throws to redirect).
  await expect(actions[action]()).rejects.toMatchObject({
    digest: expect.stringContaining("NEXT_REDIRECT") as unknown,
  });
  expect(jar.value).toBeUndefined();
}

// Each sign-in pays for one scrypt hash: slow on a loaded machine.
describe("staff sessions", { timeout: 180_000 }, () => {
  it("signs in, signs out, and refuses the same cookie afterwards", async () => {
    const who = await person();
    const cookie = await signInCookie(who);
    expect(SESSION_COOKIE).toBe("next-auth.session-token");
    expect(await statusWith(cookie)).toBe("signed_in");
    const row = await db().staffSession.findFirstOrThrow({ where: { userId: who.id } });
    expect(row).toMatchObject({ userAgent: "vitest", ip: "10.0.0.9" });
    expect(row.id).toMatch(/^[\w-]{43}$/);

    await signOutWith(cookie, "signOut");
    expect(await db().staffSession.count({ where: { userId: who.id } })).toBe(0);
    expect(await statusWith(cookie)).toBe("expired");
    const audit = await db().auditLog.findFirstOrThrow({
      where: { actorId: who.id, action: "auth.sign_out" },
    });
    expect(audit.ip).toBe("10.0.0.9");
  });

  it("refuses a well-signed cookie whose session id was never issued", async () => {
    const who = await person();
    const now = Date.now();
    const forged = await encode({
      secret: SECRET,
      token: { sub: who.id, email: who.email, sid: "made-up", loginAt: now, seenAt: now },
    });
    expect(await statusWith(forged)).toBe("expired");
  });

  it("signs out everywhere: both of the person's sessions end, another person's stays", async () => {
    const who = await person();
    const other = await person();
    const [laptop, phone, others] = [
      await signInCookie(who),
      await signInCookie(who),
      await signInCookie(other),
    ];
    expect([await statusWith(laptop), await statusWith(phone)]).toEqual(["signed_in", "signed_in"]);

    await signOutWith(phone, "signOutEverywhere");
    expect([await statusWith(laptop), await statusWith(phone), await statusWith(others)]).toEqual([
      "expired",
      "expired",
      "signed_in",
    ]);
    const audit = await db().auditLog.findFirstOrThrow({
      where: { actorId: who.id, action: "auth.sign_out_everywhere" },
    });
    expect(audit.after).toEqual({ sessions: 2 });
  });

  it("ends every session of a person on role change, deactivation, password reset and an admin's sign-out-everywhere", async () => {
    const who = await person();
    const change = [
      () => updateUser({ db: db(), actor, ip: null }, { userId: who.id, role: "viewer" }),
      () =>
        resetPassword(
          { db: db(), actor, ip: null },
          { userId: who.id, password: "un-tout-nouveau-mot" },
        ).then(() => (who.password = "un-tout-nouveau-mot")),
      () => endUserSessions({ db: db(), actor, ip: null }, { userId: who.id }),
      // Last: a deactivated person cannot sign in again.
      () => updateUser({ db: db(), actor, ip: null }, { userId: who.id, active: false }),
    ];
    for (const [i, run] of change.entries()) {
      const cookie = await signInCookie(who);
      expect(await statusWith(cookie), `before change ${i}`).toBe("signed_in");
      await run();
      expect(await statusWith(cookie), `after change ${i}`).toBe("expired");
    }
  });

  it("keeps the role read from the database, not the one written in the cookie", async () => {
    const who = await person("finance");
    const cookie = await signInCookie(who);
    await db().user.update({ where: { id: who.id }, data: { role: "admin" } });
    vi.resetModules();
    jar.value = cookie;
    const { lookupStaff } = await import("./current-staff");
    expect(await lookupStaff()).toMatchObject({ status: "signed_in", staff: { role: "admin" } });
  });

  it("deletes expired rows and keeps live ones", async () => {
    const who = await person();
    await signInCookie(who);
    const later = new Date(Date.now() + 13 * 3600_000);
    await signInStaff(db(), { email: who.email, password: who.password, ip: "10.0.0.9" }, later);
    expect(await deleteExpiredSessions(db(), new Date(later.getTime() + 1000))).toBeGreaterThanOrEqual(1);
    expect(await db().staffSession.count({ where: { userId: who.id } })).toBe(1);
  });
});
