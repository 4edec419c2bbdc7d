import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/app-error";
import { codeOf } from "@/test/support/error-code";
import { withTestDb } from "@/test/support/test-db";
import { MAX_FAILURES_PER_ACCOUNT } from "../login-throttle";
import { hashPassword } from "../password";
import { signInStaff } from "../sign-in-staff";
import { createStaffSession } from "../staff-sessions";
import { confirmEnrolment, proveStepUp, startEnrolment } from "./enrol";
import { isSecondFactorFresh, STEP_UP_MAX_AGE_MS } from "./policy";
import { resetTwoFactor } from "./reset-two-factor";
import { signInWithCode } from "./sign-in-with-code";
import { timeStepAt, totpCodeAt } from "./totp";

process.env.NEXTAUTH_SECRET ??= "two-factor-test-secret";
const { db } = withTestDb(20);
let counter = 0;
const password = "le-bon-mot-de-passe";

async function enrolledManager(now = new Date()) {
  const email = `manager${++counter}@test.caisse.local`;
  const user = await db().user.create({
    data: { email, name: "Test", role: "manager", passwordHash: await hashPassword(password) },
  });
  const actor = { id: user.id, email };
  const sessionId = await createStaffSession(db(), { userId: user.id, userAgent: null, ip: "10.0.0.1", now });
  const { secret, uri } = await startEnrolment({ db: db(), actor }, { issuer: "Caisse" });
  // The code of the step before now: sign-ins in the test then use later steps.
  const step = timeStepAt(now) - 1;
  const recoveryCodes = await confirmEnrolment(
    { db: db(), actor, ip: "10.0.0.1", sessionId },
    { code: totpCodeAt(secret, step) },
    now,
  );
  return { user, email, secret, uri, step, recoveryCodes, sessionId, actor };
}

async function challengeFor(email: string, ip = "10.0.0.2"): Promise<string> {
  try {
    await signInStaff(db(), { email, password, ip });
  } catch (error) {
    if (error instanceof AppError && error.code === "code_required") return String(error.details?.challenge);
    throw error;
  }
  throw new Error("signed in without a code");
}

describe("two-factor sign-in", () => {
  it("enrols: the secret is stored sealed, the URI is otpauth, ten recovery codes are stored hashed", async () => {
    const { user, secret, uri, recoveryCodes } = await enrolledManager();
    expect(uri).toMatch(/^otpauth:\/\/totp\/Caisse:manager\d+%40test\.caisse\.local\?secret=/);
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.totpEnabledAt).not.toBeNull();
    expect(row.totpSecret).not.toContain(secret);
    expect(recoveryCodes).toHaveLength(10);
    const stored = await db().recoveryCode.findMany({ where: { userId: user.id } });
    expect(stored.map((r) => r.codeHash)).not.toContain(recoveryCodes[0]);
    expect(
      await codeOf(startEnrolment({ db: db(), actor: { id: user.id, email: user.email } }, { issuer: "x" })),
    ).toBe("already_enrolled");
  });

  it("asks a code after the password and opens no session before the code is right", async () => {
    const { user, email, secret, step } = await enrolledManager();
    const challenge = await challengeFor(email);
    const sessionsBefore = await db().staffSession.count({ where: { userId: user.id } });
    expect(await codeOf(signInWithCode(db(), { challenge, code: "000000", ip: "10.0.0.2" }))).toBe(
      "invalid_code",
    );
    expect(await db().staffSession.count({ where: { userId: user.id } })).toBe(sessionsBefore);
    const staff = await signInWithCode(db(), {
      challenge,
      code: totpCodeAt(secret, step + 1),
      ip: "10.0.0.2",
    });
    expect(staff).toMatchObject({ id: user.id, email });
    const session = await db().staffSession.findUniqueOrThrow({ where: { id: staff.sessionId } });
    expect(session.secondFactorAt).not.toBeNull();
  });

  it("refuses a forged or altered challenge", async () => {
    const { user, email, secret, step } = await enrolledManager();
    const challenge = await challengeFor(email);
    const forged = challenge.replace(user.id, "someone-else");
    expect(
      await codeOf(
        signInWithCode(db(), { challenge: forged, code: totpCodeAt(secret, step + 1), ip: "10.0.0.2" }),
      ),
    ).toBe("sign_in_expired");
    const later = new Date(Date.now() + 6 * 60 * 1000);
    expect(
      await codeOf(
        signInWithCode(db(), { challenge, code: totpCodeAt(secret, step + 1), ip: "10.0.0.2" }, later),
      ),
    ).toBe("sign_in_expired");
  });

  it("refuses a code replayed within its window, and the code used at enrolment", async () => {
    const { email, secret, step } = await enrolledManager();
    const code = totpCodeAt(secret, step + 1);
    await signInWithCode(db(), { challenge: await challengeFor(email), code, ip: "10.0.0.3" });
    expect(
      await codeOf(signInWithCode(db(), { challenge: await challengeFor(email), code, ip: "10.0.0.3" })),
    ).toBe("invalid_code");
    const enrolmentCode = totpCodeAt(secret, step);
    expect(
      await codeOf(
        signInWithCode(db(), { challenge: await challengeFor(email), code: enrolmentCode, ip: "10.0.0.3" }),
      ),
    ).toBe("invalid_code");
  });

  it("takes a recovery code exactly once, even when two sign-ins race with it", async () => {
    const { user, email, recoveryCodes } = await enrolledManager();
    const code = recoveryCodes[3]!.toLowerCase();
    const [a, b] = await Promise.all([challengeFor(email, "10.0.1.1"), challengeFor(email, "10.0.1.2")]);
    const codes = await Promise.all([
      codeOf(signInWithCode(db(), { challenge: a, code, ip: "10.0.1.1" })),
      codeOf(signInWithCode(db(), { challenge: b, code, ip: "10.0.1.2" })),
    ]);
    expect(codes.sort()).toEqual(["invalid_code", "ok"]);
    expect(await codeOf(signInWithCode(db(), { challenge: a, code, ip: "10.0.1.1" }))).toBe("invalid_code");
    expect(await db().recoveryCode.count({ where: { userId: user.id, usedAt: null } })).toBe(9);
  });

  it("throttles wrong codes like passwords: after 5, even the right code waits", async () => {
    const { email, secret, step } = await enrolledManager();
    const challenge = await challengeFor(email);
    const codes = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        codeOf(signInWithCode(db(), { challenge, code: String(100000 + i), ip: `10.2.0.${i}` })),
      ),
    );
    expect(codes.filter((c) => c === "invalid_code")).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
    expect(codes.filter((c) => c === "too_many_attempts")).toHaveLength(8 - MAX_FAILURES_PER_ACCOUNT);
    expect(
      await codeOf(signInWithCode(db(), { challenge, code: totpCodeAt(secret, step + 1), ip: "10.2.1.1" })),
    ).toBe("too_many_attempts");
  });

  it("step-up: a fresh code marks the session; past 10 minutes it is stale again", async () => {
    const now = new Date();
    const { actor, sessionId, secret, step } = await enrolledManager(now);
    const ctx = { db: db(), actor, ip: "10.0.0.4", sessionId };
    expect(await codeOf(proveStepUp(ctx, { code: "123456" }))).toBe("invalid_code");
    await proveStepUp(ctx, { code: totpCodeAt(secret, step + 1) });
    const session = await db().staffSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(isSecondFactorFresh(session.secondFactorAt, new Date())).toBe(true);
    expect(isSecondFactorFresh(session.secondFactorAt, new Date(Date.now() + STEP_UP_MAX_AGE_MS + 1))).toBe(
      false,
    );
  });

  it("an admin's reset removes the authenticator, the codes and the sessions, and is audited", async () => {
    const { user, email } = await enrolledManager();
    const admin = { id: user.id, email };
    await resetTwoFactor({ db: db(), actor: admin, ip: "10.0.0.5" }, { userId: user.id });
    const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
    expect([row.totpSecret, row.totpEnabledAt]).toEqual([null, null]);
    expect(await db().recoveryCode.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().staffSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await db().auditLog.count({ where: { action: "user.two_factor_reset", targetId: user.id } })).toBe(
      1,
    );
    await expect(signInStaff(db(), { email, password, ip: "10.0.0.5" })).resolves.toMatchObject({ email });
  });
});
