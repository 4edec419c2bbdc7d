/**
 * Finds what a merchant should never read on a staff page: a developer's word leaking through the
 * interface instead of a sentence from messages/<locale>/*.json. Used by the staff-pages sweep
 * (e2e/staff-pages-sweep.spec.ts) on each page's visible text.
 *
 * The patterns are chosen so that real content does not trip them: e-mail addresses and links are
 * removed first (a pay link's id may hold "_"), and the English words are only the ones Caisse's
 * own data is made of (statuses, outcomes, channels), never ordinary words a customer could type.
 */

export type RawWord = { kind: RawWordKind; word: string };

export type RawWordKind =
  | "snake_case"
  | "account_key"
  | "posting_key"
  | "message_key"
  | "json"
  | "english_word"
  | "french_word"
  | "missing_value";

/** Links, e-mail addresses and API keys are content, whatever characters their ids use. */
const CONTENT = [/\bhttps?:\/\/\S+/g, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, /\bcaisse_sk_[\w-]+/g];

const PATTERNS: readonly [RawWordKind, RegExp][] = [
  // `wallet_payout_create`, `still_pending`, `awaiting_approval`.
  ["snake_case", /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g],
  // Ledger account keys: `operator:orange_bf`, `counterparty:payees`.
  ["account_key", /\b(?:operator|counterparty):[a-z][\w-]*/g],
  // Posting keys: `invoice:<id>:completed`, `payout:<id>:failed`.
  ["posting_key", /\b(?:invoice|payout|refund|journal):[\w-]+:/g],
  // An i18n key printed instead of its message (`transactions.detail.by`) or an audit action (`auth.sign_in`).
  ["message_key", /\b[a-z][a-zA-Z]*(?:\.[a-z][a-zA-Z_]*)+\b/g],
  // A JSON dump: `{"token": …`, `[{`, `"status":`.
  ["json", /[{[]\s*"|"\s*:\s*[{["\d-tfn]|\[\s*\{/g],
  ["missing_value", /\b(?:undefined|null|NaN|Invalid Date|\[object Object\])\b/g],
];

// Namespaces of Caisse's message keys and audit actions: a dotted word is raw only under one of
// these, so "3.5" or a host name in a sentence is left alone.
const KEY_ROOTS = new Set([
  "auth",
  "user",
  "invoice",
  "invoices",
  "payin",
  "payout",
  "payouts",
  "callback",
  "callbacks",
  "ledger",
  "settings",
  "common",
  "nav",
  "overview",
  "transactions",
  "status",
  "audit",
  "users",
  "goLive",
  "errors",
  "gateway",
  "pay",
]);

// Caisse's own English: the enums stored in the database and LigdiCash's words. On a French page
// each of these is a status or a term nobody translated.
const ENGLISH_ON_FRENCH =
  /\b(?:completed|notcompleted|nocompleted|pending|applied|duplicate|flagged|hosted|payin|payouts?|refunds?|callbacks?|tokens?|webhooks?|This page could not be found|Loading)\b/gi;

// Caisse's own French, from its interface only (labels, statuses, actions): on an English page
// each is a message nobody translated. Words a merchant could type in a description or a reason
// ("Paiement", "Commande", "Fournisseur") are left out: they are content in any language.
// `\b` knows nothing of "é", hence the letter look-arounds.
const FRENCH_ON_ENGLISH =
  /(?<!\p{L})(?:Montant|Opérateur|Statut|Payée|Versé|Rechercher|Enregistrer|Annuler|Télécharger|Aujourd'hui|Expirée|Révoquée|Brouillon|En attente|Non abouti|Détails techniques|Se déconnecter|Tableau de bord|Remboursée|Échec|depuis)(?!\p{L})/gu;

/**
 * `code`: the text of the page's <code>/<pre> elements. Field names, headers and shell commands
 * are written there on purpose, exactly as a developer types them (the API reference), so they are
 * taken out of the page's text before looking; everything around them must still be translated.
 */
export function findRawWords(text: string, locale: "fr" | "en" = "fr", code: string[] = []): RawWord[] {
  const prose = withoutCode(text, code);
  const readable = CONTENT.reduce((rest, pattern) => rest.replace(pattern, " "), prose);
  const found: RawWord[] = [];
  for (const [kind, pattern] of PATTERNS) {
    for (const match of readable.matchAll(pattern)) {
      const word = match[0];
      if (kind === "message_key" && !KEY_ROOTS.has(word.split(".")[0]!)) continue;
      found.push({ kind, word });
    }
  }
  const [foreign, kind] =
    locale === "fr"
      ? [ENGLISH_ON_FRENCH, "english_word" as const]
      : [FRENCH_ON_ENGLISH, "french_word" as const];
  for (const match of readable.matchAll(foreign)) found.push({ kind, word: match[0] });
  return found;
}

/** Each code text removed once, longest first, so `invoice.paid` goes before a shorter `paid`. */
function withoutCode(text: string, code: string[]): string {
  return [...code]
    .filter((piece) => piece.trim() !== "")
    .sort((a, b) => b.length - a.length)
    .reduce((rest, piece) => {
      const at = rest.indexOf(piece);
      return at < 0 ? rest : `${rest.slice(0, at)} ${rest.slice(at + piece.length)}`;
    }, text);
}
