import { normalizePhone } from "@/lib/phone";

/** What one search box's text can mean, read once: every reading is tried at the same time. */
export type SearchTerms = {
  /** As typed (trimmed): ids are matched exactly. */
  exact: string;
  /** A LIKE pattern "contains the text", its wildcards escaped: `%` and `_` typed by a person are plain text. */
  contains: string;
  /** The text as a Burkina Faso number ("76 00 00 01", "+226 76000001", "22676000001"), or null. */
  phone: string | null;
  /** A document number however spaced or padded ("fac 2026 123" → FAC-2026-000123), or null. */
  number: string | null;
};

/** FAC-2026-000123 (invoices) and VER-2026-000045 (payouts): the spelling of
 * caisse_document_number in prisma/migrations/20261206010000_document_numbers_and_customer_search. */
const NUMBER = /^(FAC|VER)[\s-]*(\d{4})[\s-]*(\d+)$/i;

export function documentNumber(text: string): string | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const [, prefix = "", year = "", digits = ""] = match;
  const running = digits.replace(/^0+(?=\d)/, "");
  return `${prefix.toUpperCase()}-${year}-${running.padStart(6, "0")}`;
}

/** Escapes LIKE wildcards so `%`, `_` or `\` typed in a search box match themselves. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function readSearchTerms(text: string): SearchTerms {
  const exact = text.trim();
  const phone = normalizePhone(exact);
  return {
    exact,
    contains: likeContains(exact),
    phone: phone.ok ? phone.value : null,
    number: documentNumber(exact),
  };
}
