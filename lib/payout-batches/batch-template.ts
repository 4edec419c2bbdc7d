import type { Locale } from "@/i18n/config";

/**
 * The sheet to fill in, as Caisse's spreadsheet exports are written (`;`, BOM, "12 500"), so it
 * opens in French spreadsheet software as columns. Headers in the reader's language: both read.
 */
export function batchTemplate(locale: Locale): string {
  const rows =
    locale === "fr"
      ? [
          "telephone;montant;nom;motif;destination;mode portefeuille",
          "70 11 22 33;12 500;Awa Ouedraogo;Tournée du 5 décembre;mobile money;",
          "76 00 00 01;5 000;Issa Kabore;Commission agent;portefeuille;garder",
        ]
      : [
          "phone;amount;name;reason;destination;wallet mode",
          "70 11 22 33;12 500;Awa Ouedraogo;Delivery round 5 December;mobile money;",
          "76 00 00 01;5 000;Issa Kabore;Agent commission;wallet;keep",
        ];
  return `\uFEFF${rows.join("\r\n")}\r\n`;
}
