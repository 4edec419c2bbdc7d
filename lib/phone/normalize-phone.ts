/**
 * Burkina Faso phone numbers → the form LigdiCash wants: country code + 8 digits, digits only,
 * no "+", no "00", no spaces (docs/ligdicash-contract.md §9, e.g. `22670112233`). Pure: browser forms use it too.
 *
 * Burkina Faso has a closed 8-digit numbering plan with no trunk prefix (ARCEP), so a bare
 * 8-digit number is national and gets 226 in front.
 */

export const BF_COUNTRY_CODE = "226";

export type PhoneInputError = "empty" | "invalid_characters" | "foreign_number" | "wrong_length";

export type PhoneResult = { ok: true; value: string } | { ok: false; reason: PhoneInputError };

// Spaces of any kind, dots, dashes and parentheses ("(+226) 70-11-22-33") are presentation only.
const SEPARATORS = /[\s\u00a0\u2009\u202f.\-()]/g;

export function normalizePhone(text: string): PhoneResult {
  const compact = text.replace(SEPARATORS, "");
  if (compact === "") return { ok: false, reason: "empty" };
  if (!/^\+?\d+$/.test(compact)) return { ok: false, reason: "invalid_characters" };

  if (compact.startsWith("+")) return fromInternational(compact.slice(1));
  if (compact.length === 8) return { ok: true, value: BF_COUNTRY_CODE + compact };
  if (compact.startsWith("00")) return fromInternational(compact.slice(2));
  if (compact.length === 11 && compact.startsWith(BF_COUNTRY_CODE)) return { ok: true, value: compact };
  return { ok: false, reason: "wrong_length" };
}

function fromInternational(digits: string): PhoneResult {
  if (!digits.startsWith(BF_COUNTRY_CODE)) return { ok: false, reason: "foreign_number" };
  if (digits.length !== BF_COUNTRY_CODE.length + 8) return { ok: false, reason: "wrong_length" };
  return { ok: true, value: digits };
}

/** `22670112233` → `+226 70 11 22 33`; anything that is not a Burkina number is returned as given. */
export function formatPhone(phone: string): string {
  const result = normalizePhone(phone);
  if (!result.ok) return phone;
  const national = result.value.slice(BF_COUNTRY_CODE.length);
  const pairs = national.match(/\d{2}/g) ?? [];
  return `+${BF_COUNTRY_CODE} ${pairs.join(" ")}`;
}
