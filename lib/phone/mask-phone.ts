import { BF_COUNTRY_CODE, normalizePhone } from "./normalize-phone";

/**
 * A number the customer can recognise as theirs without a forwarded link revealing it:
 * `22676000001` → `76 •• •• 01` (the operator's prefix and the last two digits).
 * Anything that is not a Burkina number becomes `•• 01`.
 */
export function maskPhone(phone: string): string {
  const result = normalizePhone(phone);
  const digits = result.ok ? result.value.slice(BF_COUNTRY_CODE.length) : phone.replace(/\D/g, "");
  if (!result.ok) return `•• ${digits.slice(-2)}`;
  return `${digits.slice(0, 2)} •• •• ${digits.slice(-2)}`;
}
