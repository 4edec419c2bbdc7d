import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { renderReceiptPdf } from "./receipt-pdf";

// The PDF a customer downloads: read back with a real PDF parser, French accents and the French
// number spacing (U+202F, outside WinAnsi) included.
describe("renderReceiptPdf", () => {
  it("writes the facts, items and total as text a PDF reader extracts, accents intact", async () => {
    const pdf = await renderReceiptPdf({
      title: "Reçu de paiement",
      merchant: "Boutique Wend-Panga",
      verified: "Paiement vérifié auprès de LigdiCash",
      facts: [
        ["Facture n°", "FAC-2026-0117"],
        ["Montant payé", "12\u202f500\u00a0FCFA"],
        ["Opérateur", "Orange Money"],
      ],
      items: [["Pagne tissé Faso Dan Fani", "2 × 6\u202f250\u00a0FCFA", "12\u202f500\u00a0FCFA"]],
      totalLabel: "Total payé",
      total: "12\u202f500\u00a0FCFA",
      footer: "Reçu émis par Boutique Wend-Panga. À garder : ça sert de preuve.",
    });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const { text } = await parser.getText();
    await parser.destroy();
    const flat = text.replace(/\s+/g, " ");
    for (const expected of [
      "Reçu de paiement",
      "Paiement vérifié auprès de LigdiCash",
      "FAC-2026-0117",
      "12 500 FCFA",
      "Opérateur",
      "Pagne tissé",
      "À garder : ça sert de preuve",
    ]) {
      expect(flat).toContain(expected);
    }
  });
});
