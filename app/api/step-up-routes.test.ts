import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";

// A session whose last second-factor code is 11 minutes old, as next-auth and the session row
// would give it (lib/auth/current-staff.ts).
vi.hoisted(() => {
  process.env.NEXTAUTH_SECRET ??= "step-up-test-secret";
});
vi.mock("next-intl/server", () => ({
  getLocale: () => Promise.resolve("fr"),
  getTranslations: async (arg?: string | { locale?: Locale; namespace?: string }) => {
    const namespace = typeof arg === "string" ? arg : arg?.namespace;
    return createTranslator({ locale: "fr", messages: await loadMessages("fr"), namespace });
  },
}));
vi.mock("next/headers", () => ({
  cookies: () => Promise.resolve({}),
  headers: () => Promise.resolve(new Headers()),
}));
vi.mock("next-auth/jwt", () => ({
  getToken: () => Promise.resolve({ sub: "u1", sid: "s1", loginAt: Date.now(), seenAt: Date.now() }),
}));
vi.mock("@/lib/auth/staff-sessions", () => ({
  findSessionOwner: () =>
    Promise.resolve({
      id: "u1",
      email: "ana@example.bf",
      name: "Ana",
      role: "admin",
      active: true,
      twoFactor: true,
      secondFactorAt: new Date(Date.now() - 11 * 60 * 1000),
    }),
}));
vi.mock("@/lib/db", () => ({ db: () => ({ setting: { findUnique: () => Promise.resolve(null) } }) }));

const post = () =>
  new Request("http://127.0.0.1/api/x", {
    method: "POST",
    headers: { origin: "http://127.0.0.1", host: "127.0.0.1" },
    body: "{}",
  });

describe("actions that ask a fresh second-factor code", () => {
  it("approving, resolving, changing a role, resetting a second factor, making an API key or a signing secret all answer step_up_required", async () => {
    const handlers = await Promise.all([
      import("./payouts/[id]/approve/route").then((m) => m.POST),
      import("./payouts/[id]/resolve/route").then((m) => m.POST),
      import("./users/[id]/route").then((m) => m.PATCH),
      import("./users/[id]/two-factor/route").then((m) => m.DELETE),
      import("./api-keys/route").then((m) => m.POST),
      import("./webhooks/endpoints/route").then((m) => m.POST),
      import("./webhooks/endpoints/[id]/rotate/route").then((m) => m.POST),
    ]);
    for (const handler of handlers) {
      const response = await handler(post(), { params: Promise.resolve({ id: "p1" }) });
      const body = (await response.json()) as { error: { code: string } };
      expect([response.status, body.error.code]).toEqual([401, "step_up_required"]);
    }
  });
});
