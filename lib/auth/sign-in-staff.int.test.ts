import { describe, expect, it } from "vitest";
import { codeOf } from "@/test/support/error-code";
import { withTestDb } from "@/test/support/test-db";
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, THROTTLE_WINDOW_MS } from "./login-throttle";
import { hashPassword } from "./password";
import { signInStaff } from "./sign-in-staff";

const { db } = withTestDb(30);
let counter = 0;

async function staff(password = "le-bon-mot-de-passe") {
  const email = `staff${++counter}@test.caisse.local`;
  await db().user.create({
    data: { email, name: "Test", role: "finance", passwordHash: await hashPassword(password) },
  });
  return { email, password };
}

describe("signInStaff", () => {
  it("accepts the right password, refuses a wrong one, and audits both", async () => {
    const { email, password } = await staff();
    await expect(
      signInStaff(db(), { email: email.toUpperCase(), password, ip: "10.0.0.1" }),
    ).resolves.toMatchObject({ email, role: "finance" });
    expect(await codeOf(signInStaff(db(), { email, password: "faux", ip: "10.0.0.1" }))).toBe(
      "invalid_credentials",
    );
    const actions = (
      await db().auditLog.findMany({ where: { actorEmail: email }, orderBy: { id: "asc" } })
    ).map((a) => a.action);
    expect(actions).toEqual(["auth.sign_in", "auth.sign_in_failed"]);
  });

  it("refuses a deactivated account even with the right password", async () => {
    const { email, password } = await staff();
    await db().user.update({ where: { email }, data: { active: false } });
    expect(await codeOf(signInStaff(db(), { email, password, ip: "10.0.0.2" }))).toBe("invalid_credentials");
  });

  it("locks an account after 5 failures, for the right password too, until the window passes", async () => {
    const { email, password } = await staff();
    const t0 = new Date();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      expect(await codeOf(signInStaff(db(), { email, password: `faux${i}`, ip: "10.0.0.3" }, t0))).toBe(
        "invalid_credentials",
      );
    await expect(signInStaff(db(), { email, password, ip: "10.0.0.4" }, t0)).rejects.toMatchObject({
      code: "too_many_attempts",
      details: { retryAfterSeconds: 900 },
    });
    const later = new Date(t0.getTime() + THROTTLE_WINDOW_MS + 1000);
    await expect(signInStaff(db(), { email, password, ip: "10.0.0.4" }, later)).resolves.toMatchObject({
      email,
    });
  });

  it("counts exactly: 25 parallel wrong attempts record 5 failures and throttle the other 20", async () => {
    const { email } = await staff();
    const codes = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        codeOf(signInStaff(db(), { email, password: `faux${i}`, ip: `10.1.0.${i}` })),
      ),
    );
    expect(codes.filter((c) => c === "invalid_credentials")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(codes.filter((c) => c === "too_many_attempts")).toHaveLength(25 - MAX_FAILURES_PER_ACCOUNT);
    expect(await db().loginAttempt.count({ where: { email, success: false } })).toBe(
      MAX_FAILURES_PER_ACCOUNT,
    );
  });

  it("limits one IP address to 10 failures across accounts", async () => {
    const ip = "10.9.9.9";
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++)
      expect(await codeOf(signInStaff(db(), { email: `nobody${i}@x.bf`, password: "x", ip }))).toBe(
        "invalid_credentials",
      );
    const { email, password } = await staff();
    expect(await codeOf(signInStaff(db(), { email, password, ip }))).toBe("too_many_attempts");
    await expect(signInStaff(db(), { email, password, ip: "10.9.9.10" })).resolves.toMatchObject({ email });
  });
});
