import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Locale } from "@/i18n/config";
import type { Translator } from "@/lib/i18n/error-text";
import { buildPosting } from "@/lib/ledger/journal";
import { postJournal } from "@/lib/ledger/post-journal";
import { smtpMailer } from "@/lib/mail/mailer";
import { checkPayout } from "@/lib/payouts/check-payout";
import { requestPayout } from "@/lib/payouts/request-payout";
import { sendPayout } from "@/lib/payouts/send-payout";
import { startSimulator, type RunningSimulator } from "@/simulator/server";
import { createSimulatorClient } from "@/test/support/ligdicash/simulator-client";
import { createPaidInvoice } from "@/test/support/payouts/refund-fixtures";
import { startSmtpInbox } from "@/test/support/smtp-inbox";
import { withTestDb } from "@/test/support/test-db";
import { loadTranslators } from "@/test/support/translators";
import { checkBalanceAlerts } from "./check-balance-alerts";
import { getBalanceAlerts, getLowBalances } from "./get-balance-alerts";
import { setBalanceThresholds } from "./set-thresholds";

const { db } = withTestDb(20);
let sim: RunningSimulator;
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
let translators: Record<Locale, Translator>;
let finance: { id: string; email: string };

const mailServices = () => ({
  db: db(),
  mailer: smtpMailer(inbox.url, "Caisse <caisse@test.bf>"),
  translate: (locale: Locale) => Promise.resolve(translators[locale]),
});

async function creditOrange(amount: number) {
  const invoice = await createPaidInvoice(db(), finance.id, amount);
  await db().$transaction((tx) =>
    postJournal(
      tx,
      buildPosting({
        kind: "payin_completed",
        invoiceId: invoice.id,
        operator: "orange_bf",
        amount,
        description: "Vente",
      }),
    ),
  );
}

beforeAll(async () => {
  [sim, inbox, translators] = await Promise.all([
    startSimulator({ port: 0 }),
    startSmtpInbox(),
    loadTranslators(),
  ]);
  finance = await db().user.create({
    data: { email: "compta@test.bf", name: "Compta", role: "finance", passwordHash: "x" },
    select: { id: true, email: true },
  });
  // Sees no banner, gets no e-mail.
  await db().user.create({
    data: { email: "lecture@test.bf", name: "Lecture", role: "viewer", passwordHash: "x" },
  });
});
afterAll(async () => {
  await sim.close();
  await inbox.close();
});

describe("low-balance alerts", () => {
  it("a payout that takes the balance below the threshold raises the banner and sends exactly one e-mail", async () => {
    await creditOrange(100_000);
    await setBalanceThresholds({ db: db(), actor: finance, ip: null }, { thresholds: { orange_bf: 50_000 } });
    expect(await checkBalanceAlerts(mailServices())).toEqual([]);
    expect(await getLowBalances(db())).toEqual([]);

    const gateway = createSimulatorClient(sim.baseUrl, {
      timeoutMs: 5_000,
      callbackUrl: "http://127.0.0.1:9/cb",
    });
    const { payout } = await requestPayout(
      { db: db(), actor: finance, ip: null },
      {
        idempotencyKey: crypto.randomUUID(),
        purpose: "supplier",
        amount: 60_000,
        reason: "Facture fournisseur",
        destination: "mobile_money",
        recipient: { source: "typed_twice", phone: "22676000009", phoneConfirm: "22676000009" },
      },
    );
    await sendPayout({ db: db(), gateway, actor: finance }, { payoutId: payout.id });
    sim.controls.settle({ transactionId: payout.id, status: "completed" });
    expect(await checkPayout({ db: db(), gateway }, { payoutId: payout.id })).toMatchObject({
      status: "completed",
    });

    // Several passes at once (instances, the worker): one of them sees the crossing.
    const passes = await Promise.all(Array.from({ length: 6 }, () => checkBalanceAlerts(mailServices())));
    expect(passes.flat()).toEqual([{ operator: "orange_bf", balance: 40_000, threshold: 50_000 }]);
    expect(await checkBalanceAlerts(mailServices())).toEqual([]);

    expect(inbox.messages).toHaveLength(1);
    expect(inbox.messages[0]!.to).toEqual(["compta@test.bf"]);
    expect(inbox.messages[0]!.text).toMatch(
      /Orange Money est de 40\u202f000\u00a0FCFA, sous le seuil d'alerte de 50\u202f000/,
    );
    expect(await getLowBalances(db())).toMatchObject([
      { operator: "orange_bf", balance: 40_000, threshold: 50_000 },
    ]);
    const stored = await db().balanceAlert.findUniqueOrThrow({ where: { operator: "orange_bf" } });
    expect(stored.below).toBe(true);
    expect(stored.notifiedAt).not.toBeNull();
  });

  it("a top-up above the threshold re-arms the alert: the next crossing is e-mailed again", async () => {
    const before = inbox.messages.length;
    await creditOrange(20_000);
    expect(await checkBalanceAlerts(mailServices())).toEqual([]);
    expect((await db().balanceAlert.findUniqueOrThrow({ where: { operator: "orange_bf" } })).below).toBe(
      false,
    );
    expect(await getLowBalances(db())).toEqual([]);
    await setBalanceThresholds({ db: db(), actor: finance, ip: null }, { thresholds: { orange_bf: 70_000 } });
    expect(await checkBalanceAlerts(mailServices())).toHaveLength(1);
    expect(inbox.messages.length).toBe(before + 1);
  });

  it("without SMTP the banner still shows and the crossing is still recorded once", async () => {
    await setBalanceThresholds(
      { db: db(), actor: finance, ip: null },
      { thresholds: { orange_bf: null, moov_bf: 1 } },
    );
    const crossings = await checkBalanceAlerts({ ...mailServices(), mailer: null });
    expect(crossings).toEqual([{ operator: "moov_bf", balance: 0, threshold: 1 }]);
    expect((await getBalanceAlerts(db())).map((a) => [a.operator, a.low])).toEqual([
      ["orange_bf", false],
      ["moov_bf", true],
    ]);
    const moov = await db().balanceAlert.findUniqueOrThrow({ where: { operator: "moov_bf" } });
    expect([moov.below, moov.notifiedAt]).toEqual([true, null]);
  });
});
