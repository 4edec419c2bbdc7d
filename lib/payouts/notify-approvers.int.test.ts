import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/config";
import type { Translator } from "@/lib/i18n/error-text";
import { smtpMailer } from "@/lib/mail/mailer";
import { startSmtpInbox } from "@/test/support/smtp-inbox";
import { withTestDb } from "@/test/support/test-db";
import { loadTranslators } from "@/test/support/translators";
import { notifyApprovers } from "./notify-approvers";
import type { PayoutDto } from "./payout-dto";

const { db } = withTestDb(5);
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
let translators: Record<Locale, Translator>;

beforeAll(async () => {
  [inbox, translators] = await Promise.all([startSmtpInbox(), loadTranslators()]);
});
afterAll(() => inbox.close());

describe("payouts awaiting approval", () => {
  it("are e-mailed to every active manager and admin but the requester, each in their language", async () => {
    const person = (email: string, role: "admin" | "manager" | "finance", extra = {}) =>
      db().user.create({ data: { email, name: email, role, passwordHash: "x", ...extra } });
    const requester = await person("demandeur@test.bf", "manager");
    await person("chef@test.bf", "manager");
    await person("boss@test.bf", "admin", { locale: "en" });
    await person("parti@test.bf", "manager", { active: false });
    await person("compta@test.bf", "finance");
    const payout = { id: "p1", amount: 250_000, requestedBy: { id: requester.id, name: "Awa" } } as PayoutDto;
    const sent = await notifyApprovers(
      {
        db: db(),
        mailer: smtpMailer(inbox.url, "Caisse <caisse@test.bf>"),
        translate: (locale) => Promise.resolve(translators[locale]),
      },
      { payout, publicUrl: "https://caisse.example.bf" },
    );
    expect(sent).toBe(2);
    const byRecipient = Object.fromEntries(inbox.messages.map((m) => [m.to[0], m.text]));
    expect(Object.keys(byRecipient).sort()).toEqual(["boss@test.bf", "chef@test.bf"]);
    expect(byRecipient["chef@test.bf"]).toContain("https://caisse.example.bf/payouts/p1");
    expect(byRecipient["boss@test.bf"]).toMatch(/awaits/);
    expect(byRecipient["chef@test.bf"]).toMatch(/attend/);
  });
});
