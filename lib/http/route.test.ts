import { createTranslator } from "next-intl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Locale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";
import { Prisma } from "@/lib/generated/prisma/client";
import { payoutRuleError } from "@/lib/payouts/rule-error";
import { AppError } from "./app-error";
import { idParams, route } from "./handle-route";

// The request's language and session, as next-intl and next-auth would give them inside Next.
// The assertions widen the hoisted object's fields (tsc needs them; the lint rule misreads vi.hoisted).
/* eslint-disable @typescript-eslint/no-unnecessary-type-assertion */
const request = vi.hoisted(() => ({
  locale: "fr" as "fr" | "en",
  session: null as unknown,
  user: null as unknown,
}));
/* eslint-enable @typescript-eslint/no-unnecessary-type-assertion */

vi.mock("next-intl/server", () => ({
  getLocale: () => Promise.resolve(request.locale),
  getTranslations: async (arg?: string | { locale?: Locale; namespace?: string }) => {
    const locale = (typeof arg === "object" ? arg.locale : undefined) ?? request.locale;
    const namespace = typeof arg === "string" ? arg : arg?.namespace;
    return createTranslator({ locale, messages: await loadMessages(locale), namespace });
  },
}));
// The session cookie's decoded token and the session row's owner (lib/auth/current-staff.ts).
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "route-test-secret";
});
vi.mock("next/headers", () => ({
  cookies: () => Promise.resolve({}),
  headers: () => Promise.resolve(new Headers()),
}));
vi.mock("next-auth/jwt", () => ({ getToken: () => Promise.resolve(request.session) }));
vi.mock("@/lib/auth/staff-sessions", () => ({ findSessionOwner: () => Promise.resolve(request.user) }));
vi.mock("@/lib/db", () => ({ db: () => ({ setting: { findUnique: () => Promise.resolve(null) } }) }));

function signIn(role: "admin" | "manager" | "finance" | "viewer", codeAgoMs: number | null = 0) {
  const now = Date.now();
  request.session = { sub: "u1", sid: "s1", loginAt: now, seenAt: now };
  const secondFactorAt = codeAgoMs === null ? null : new Date(now - codeAgoMs);
  request.user = {
    id: "u1",
    email: "ana@example.bf",
    name: "Ana",
    role,
    active: true,
    twoFactor: true,
    secondFactorAt,
  };
}

const post = (body: unknown, url = "http://127.0.0.1/api/x") =>
  new Request(url, {
    method: "POST",
    headers: { origin: "http://127.0.0.1", host: "127.0.0.1", "x-forwarded-for": "10.0.0.9" },
    body: JSON.stringify(body),
  });
const get = (url = "http://127.0.0.1/api/x") => new Request(url, { headers: { host: "127.0.0.1" } });
const withParams = (params: Record<string, string>) => ({ params: Promise.resolve(params) });
const answer = async (response: Response) => [response.status, await response.json()] as const;

const bodySchema = z.object({
  amount: z.number().int().positive(),
  recipient: z.object({ phone: z.string().min(8) }),
});
const run = vi.fn((_ctx: unknown, input: unknown) => Promise.resolve({ got: input }));
const submit = route({
  permission: "payouts:request",
  params: idParams,
  query: z.object({ dry: z.enum(["yes", "no"]).optional() }),
  body: bodySchema,
  run,
  status: () => 201,
});

beforeEach(() => {
  request.locale = "fr";
  run.mockClear();
  signIn("finance");
});
afterEach(() => vi.restoreAllMocks());

describe("route — permission", () => {
  it("answers 401 in the error shape when nobody is signed in, before reading anything", async () => {
    request.session = null;
    expect(await answer(await submit(post({}), withParams({ id: "p1" })))).toEqual([
      401,
      { error: { code: "unauthenticated", message: "Connectez-vous pour continuer." } },
    ]);
    expect(run).not.toHaveBeenCalled();
  });

  it("answers 403 to a role without the permission, in the person's language", async () => {
    signIn("viewer");
    request.locale = "en";
    const [status, body] = await answer(await submit(post({}), withParams({ id: "p1" })));
    expect(status).toBe(403);
    expect(body).toMatchObject({ error: { code: "forbidden", details: { permission: "payouts:request" } } });
    expect(body.error.message).toMatch(/role/i);
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a cross-site POST before anything else (403 csrf_rejected)", async () => {
    const forged = new Request("http://127.0.0.1/api/x", {
      method: "POST",
      headers: { origin: "https://evil.example", host: "127.0.0.1" },
      body: "{}",
    });
    expect((await answer(await submit(forged, withParams({ id: "p1" }))))[1]).toMatchObject({
      error: { code: "csrf_rejected" },
    });
  });
});

describe("route — second factor", () => {
  const approve = route({ permission: "payouts:approve", stepUp: true, params: idParams, run });

  it("refuses a manager who has not enrolled an authenticator (403 second_factor_required)", async () => {
    signIn("manager");
    request.user = { ...(request.user as object), twoFactor: false, secondFactorAt: null };
    const [status, body] = await answer(await submit(post({}), withParams({ id: "p1" })));
    expect([status, body.error.code]).toEqual([403, "second_factor_required"]);
    expect(run).not.toHaveBeenCalled();
  });

  it("asks a fresh code before approving when the last one is older than 10 minutes", async () => {
    signIn("manager", 10 * 60 * 1000 + 1000);
    const [status, body] = await answer(await approve(post({}), withParams({ id: "p1" })));
    expect([status, body.error.code]).toEqual([401, "step_up_required"]);
    expect(body.error.message).toMatch(/code/);
    expect(run).not.toHaveBeenCalled();
  });

  it("lets the approval through with a code proved minutes ago", async () => {
    signIn("manager", 9 * 60 * 1000);
    expect((await approve(post({}), withParams({ id: "p1" }))).status).toBe(200);
    expect(run).toHaveBeenCalledOnce();
  });

  it("asks a code of a session that never proved one", async () => {
    signIn("admin", null);
    const [status, body] = await answer(await approve(post({}), withParams({ id: "p1" })));
    expect([status, body.error.code]).toEqual([401, "step_up_required"]);
  });
});

describe("route — input", () => {
  it("hands params, query and body to the operation as one validated object, with the context built once", async () => {
    const response = await submit(
      post({ amount: 5_000, recipient: { phone: "70000001" }, extra: 1 }, "http://127.0.0.1/api/x?dry=yes"),
      withParams({ id: "p1" }),
    );
    expect(await answer(response)).toEqual([
      201,
      { got: { id: "p1", dry: "yes", amount: 5_000, recipient: { phone: "70000001" } } },
    ]);
    expect(run.mock.calls[0]![0]).toMatchObject({
      actor: { id: "u1", email: "ana@example.bf" },
      ip: "10.0.0.9",
      locale: "fr",
      requestId: expect.any(String),
    });
  });

  it("answers 422 with each field's path, never in zod's own words", async () => {
    const [status, body] = await answer(
      await submit(post({ amount: -5, recipient: { phone: "7" } }), withParams({ id: "p1" })),
    );
    expect(status).toBe(422);
    expect(body.error).toMatchObject({
      code: "validation_failed",
      message: "Certains champs sont invalides.",
    });
    const fields = (body.error.details as { fields: { path: string; message: string }[] }).fields;
    expect(fields.map((f) => f.path)).toEqual(["amount", "recipient.phone"]);
    // A check the schema did not word reads as our sentence, not zod's "Trop petit : …".
    expect(fields.map((f) => f.message)).toEqual([
      "Valeur invalide : vérifiez ce champ.",
      "Valeur invalide : vérifiez ce champ.",
    ]);
    expect(run).not.toHaveBeenCalled();
  });

  it("answers 422 in English for an English reader, query fields included", async () => {
    request.locale = "en";
    const [status, body] = await answer(
      await submit(
        post({ amount: 1, recipient: { phone: "70000001" } }, "http://127.0.0.1/api/x?dry=maybe"),
        withParams({ id: "p1" }),
      ),
    );
    expect(status).toBe(422);
    expect(body.error.message).toBe("Some fields are invalid.");
    expect(body.error.details.fields).toEqual([{ path: "dry", message: "Invalid value: check this field." }]);
  });

  it("keeps the words a schema gives its own checks", async () => {
    const worded = route({
      permission: "payouts:request",
      body: z.object({ password: z.string().min(12, "Au moins 12 caractères.") }),
      run,
    });
    const [status, body] = await answer(await worded(post({ password: "court" }), undefined));
    expect(status).toBe(422);
    expect(body.error.details.fields).toEqual([{ path: "password", message: "Au moins 12 caractères." }]);
  });

  it("answers 400 to a body that is not JSON", async () => {
    const broken = new Request("http://127.0.0.1/api/x", {
      method: "POST",
      headers: { origin: "http://127.0.0.1", host: "127.0.0.1" },
      body: "{nope",
    });
    expect((await answer(await submit(broken, withParams({ id: "p1" }))))[0]).toBe(400);
  });

  it("answers 404 to route params that fail their schema or hold a control character", async () => {
    const strict = route({
      permission: "callbacks:read",
      params: z.object({ id: z.string().regex(/^[a-z0-9]+$/) }),
      run,
    });
    signIn("manager");
    expect((await answer(await strict(get(), withParams({ id: "NOT-an-id" }))))[1]).toMatchObject({
      error: { code: "not_found" },
    });
    expect((await answer(await strict(get(), withParams({ id: "a\u0000" }))))[0]).toBe(404);
    expect(run).not.toHaveBeenCalled();
  });
});

describe("route — errors become words at the edge", () => {
  // Rejects with whatever the case gives, non-Error values included: the wrapper must answer them all.
  // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
  const failing = (error: unknown) => route({ permission: "public", run: () => Promise.reject(error) });

  it.each([
    ["not_found", 404],
    ["conflict", 409],
    ["last_admin", 409],
    ["gateway_error", 502],
    ["gateway_timeout", 504],
    ["too_many_attempts", 429],
  ] as const)("%s → %i with its message", async (code, status) => {
    const [got, body] = await answer(await failing(new AppError(code))(get(), undefined));
    expect(got).toBe(status);
    expect(body.error.code).toBe(code);
    expect(body.error.message).not.toMatch(/^errors\.|[{}]/);
  });

  it("writes a payout rule's words, amount formatted, in French and in English", async () => {
    const refusal = () => failing(payoutRuleError("refund_exceeds", { remaining: 15_000 }))(get(), undefined);
    const [status, fr] = await answer(await refusal());
    expect(status).toBe(422);
    expect(fr.error).toEqual({
      code: "validation_failed",
      message: "Certains champs sont invalides.",
      details: {
        rule: "refund_exceeds",
        remaining: 15_000,
        fields: [{ path: "amount", message: expect.stringContaining("15\u202f000\u00a0FCFA") }],
      },
    });
    request.locale = "en";
    const [, en] = await answer(await refusal());
    expect(en.error.details.fields[0].message).toContain("15,000\u00a0FCFA");
    expect(en.error.details.fields[0].message).not.toBe(fr.error.details.fields[0].message);
  });

  it("writes a ledger refusal's words (409) and a gateway code's words (502)", async () => {
    const reversal = new AppError(
      "conflict",
      { reason: "is_reversal" },
      { key: "ledger.reverse.refused.is_reversal" },
    );
    expect((await answer(await failing(reversal)(get(), undefined)))[1].error.details).toEqual({
      reason: "is_reversal",
      fields: [
        {
          path: "",
          message: "Une contre-passation ne se contre-passe pas : passez une nouvelle écriture si besoin.",
        },
      ],
    });
    request.locale = "en";
    const gateway = new AppError(
      "gateway_error",
      { gatewayCode: "merchant_balance_low" },
      { key: "gateway.errors.merchant_balance_low" },
    );
    const [status, body] = await answer(await failing(gateway)(get(), undefined));
    expect(status).toBe(502);
    expect(body.error.details.fields[0].message).toContain("top it up");
  });

  it("answers 409 to a unique-constraint violation", async () => {
    const duplicate = new Prisma.PrismaClientKnownRequestError("dup", { code: "P2002", clientVersion: "7" });
    expect(await answer(await failing(duplicate)(get(), undefined))).toEqual([
      409,
      { error: { code: "conflict", message: "Cet élément a été modifié entre-temps. Rechargez la page." } },
    ]);
  });

  it("answers 500 with the request id, never the raw message, and logs the same id", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const [status, body] = await answer(
      await failing(new Error("password=hunter2 at db.ts:12"))(get(), undefined),
    );
    expect(status).toBe(500);
    const requestId = body.error.details.requestId as string;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.error.message).toContain(requestId);
    expect(JSON.stringify(body)).not.toContain("hunter2");
    expect(String(log.mock.calls[0]![0])).toContain(requestId);
  });
});

describe("route — output", () => {
  it("answers 204 when the operation returns nothing, and passes a Response through", async () => {
    signIn("admin");
    const none = route({ permission: "users:manage", run: () => Promise.resolve(undefined) });
    expect((await none(get(), undefined)).status).toBe(204);
    const stream = route({
      permission: "users:manage",
      run: () => Promise.resolve(new Response("a,b", { headers: { "X-Total-Count": "1" } })),
    });
    const response = await stream(get(), undefined);
    expect([response.headers.get("X-Total-Count"), await response.text()]).toEqual(["1", "a,b"]);
  });
});
