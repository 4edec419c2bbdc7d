import { describe, expect, it } from "vitest";
import { findRawWords } from "./raw-words";

const words = (text: string, locale: "fr" | "en" = "fr") => findRawWords(text, locale).map((w) => w.word);
const kinds = (text: string, locale: "fr" | "en" = "fr") => findRawWords(text, locale).map((w) => w.kind);

describe("findRawWords", () => {
  it("finds what staff saw on the console before it spoke their language", () => {
    expect(words("Opération wallet_payout_create · HTTP 200")).toEqual(["wallet_payout_create"]);
    expect(kinds("operator:orange_bf +12 500 FCFA")).toContain("account_key");
    expect(words("counterparty:payees")).toContain("counterparty:payees");
    expect(kinds("invoice:trk6xly3euing2k4x86spiux:completed")).toContain("posting_key");
    expect(kinds('Réponse {"token": "tok-e2e", "status": "completed"}')).toContain("json");
    expect(words("Vérifié : completed", "fr")).toEqual(["completed"]);
    expect(words("Doublon · applied")).toEqual(["applied"]);
    expect(words("CALLBACKS REÇUS")).toEqual(["CALLBACKS"]);
    expect(words("This page could not be found.")).toEqual(["This page could not be found"]);
    expect(words("payin.create")).toContain("payin.create");
    expect(words("transactions.detail.by")).toEqual(["transactions.detail.by"]);
    expect(words("Montant : undefined FCFA")).toEqual(["undefined"]);
  });

  it("leaves the merchant's own words, links, addresses and numbers alone", () => {
    const page = [
      "Facture FAC-2026-0312 · Salimata Ouédraogo · 12 500 FCFA · Payée",
      "Lien : http://localhost:3240/pay/ab_cd-EF12_x",
      "Créée par admin-1a2b@e2e.caisse.local le 30 nov. 2026, 14:05",
      "Taux de réussite 92,5 % · version 3.5 · « Commande de pagnes »",
      "Sous-compte Orange Money : Bénéficiaires (remboursements et versements)",
      "Minimum per operator: 100 FCFA.",
      "Boutique en ligne · caisse_sk_ab_cd12… · Jamais utilisée",
    ].join("\n");
    expect(findRawWords(page, "fr")).toEqual([]);
  });

  it("skips what the page marks as code, and only that", () => {
    const page =
      "Événements\ninvoice.paid — Facture payée\nEn-tête webhook-id : l'identifiant\nChamp pay_url";
    const code = ["invoice.paid", "webhook-id", "pay_url"];
    expect(findRawWords(page, "fr", code)).toEqual([]);
    expect(words(page)).toEqual(["pay_url", "invoice.paid", "webhook"]);
    // The same word outside the code element is still found: only the one occurrence goes.
    expect(words("pay_url et pay_url", "fr").length).toBe(2);
    expect(
      findRawWords("Champ pay_url, puis pay_url hors code", "fr", ["pay_url"]).map((w) => w.word),
    ).toEqual(["pay_url"]);
    expect(findRawWords("Statut : pending", "fr", ["Statut"]).map((w) => w.word)).toEqual(["pending"]);
  });

  it("allows English words on an English page, not raw keys", () => {
    expect(words("Status: Completed · 2 pending refunds", "en")).toEqual([]);
    expect(words("Status: awaiting_approval", "en")).toEqual(["awaiting_approval"]);
  });

  it("finds the interface's French left on an English page, not the merchant's own French", () => {
    expect(words("Amount 12 500 FCFA · Statut : Payée", "en")).toEqual(["Statut", "Payée"]);
    expect(words("pending for 3 days · en attente depuis 3 jours", "en")).toEqual(["depuis"]);
    expect(words("Détails techniques", "en")).toEqual(["Détails techniques"]);
    expect(words("Paiement saisi deux fois · Fournisseur de tissu · Awa Ouédraogo", "en")).toEqual([]);
    // "Payées" and "Montants" are other words: the look-arounds keep whole words only.
    expect(words("Payées · Montants · Versés", "en")).toEqual([]);
    expect(words("Statut : Payée", "fr")).toEqual([]);
  });
});
