// Burkina Faso mobile operators as the simulator sees them.
//
// LigdiCash ids, names and payin minimums: docs/ligdicash-contract.md §9 (DOCS /en/reference/supported-operators).
// Prefix table: not from LigdiCash (neither the contract nor any LigdiCash source lists prefixes).
// It is the carrier split of libphonenumber's Burkina metadata, the same table Caisse uses in
// lib/phone/operators.ts (which records that check): 01–03/50–53/60–63/70–73 Moov (ex-Onatel),
// 05–07/54–57/64–67/74–77 Orange, 58/68/69/78/79 Telecel; 59 is unassigned. arcep.bf itself only
// says mobile numbers start with 0, 5, 6 or 7. Note that the contract's made-up example labels
// 22670112233 as Orange (docs/ligdicash-contract.md §11, E2 request); with this table 70 is Moov.

export type OperatorKey = "orange_bf" | "moov_bf" | "telecel_bf";

/** How the customer authorises a payin (docs/ligdicash-contract.md §4.2, DOCS /direct-payin/validation-modes). */
export type ValidationMode = "ussd_otp" | "push";

export type Operator = {
  key: OperatorKey;
  /** LigdiCash `operator_id` (string in confirm answers, integer in payout callbacks, docs/ligdicash-contract.md §7). */
  id: number;
  /** LigdiCash `operator_name`. */
  name: string;
  /** Name shown to customers on the checkout page. */
  label: string;
  validation: ValidationMode;
  /** Whether the simulated merchant project can take payins / hold a sub-account on it. */
  supported: boolean;
  prefixes: readonly string[];
};

export const OPERATORS: Readonly<Record<OperatorKey, Operator>> = {
  orange_bf: {
    key: "orange_bf",
    id: 11,
    name: "ORANGE BURKINA",
    label: "Orange Money",
    validation: "ussd_otp",
    supported: true,
    prefixes: ["05", "06", "07", "54", "55", "56", "57", "64", "65", "66", "67", "74", "75", "76", "77"],
  },
  moov_bf: {
    key: "moov_bf",
    id: 12,
    name: "MOOV AFRICA BURKINA",
    label: "Moov Money",
    validation: "push",
    supported: true,
    prefixes: ["01", "02", "03", "50", "51", "52", "53", "60", "61", "62", "63", "70", "71", "72", "73"],
  },
  // Telecel is a real Burkina network, but no LigdiCash operator id is known for it (docs/ligdicash-contract.md §9 table):
  // the simulator identifies its numbers and then refuses them as "no network / no sub-account".
  telecel_bf: {
    key: "telecel_bf",
    id: 0,
    name: "TELECEL FASO",
    label: "Telecel Money",
    validation: "push",
    supported: false,
    prefixes: ["58", "68", "69", "78", "79"],
  },
};

export const OPERATOR_KEYS = Object.keys(OPERATORS) as OperatorKey[];

/** Operators a customer can pay with or a merchant can hold a balance on. */
export const SUPPORTED_OPERATOR_KEYS = OPERATOR_KEYS.filter((key) => OPERATORS[key].supported);

/** Burkina Faso in LigdiCash format: country code + 8 digits, no `+`, no spaces (docs/ligdicash-contract.md §9). */
const BF_PHONE = /^226\d{8}$/;

export function isOperatorKey(value: unknown): value is OperatorKey {
  return typeof value === "string" && (OPERATOR_KEYS as string[]).includes(value);
}

export function isBurkinaPhone(value: unknown): value is string {
  return typeof value === "string" && BF_PHONE.test(value);
}

/** The operator of a `226XXXXXXXX` number, or undefined when the prefix belongs to no known network. */
export function operatorOfPhone(phone: string): Operator | undefined {
  if (!isBurkinaPhone(phone)) return undefined;
  const prefix = phone.slice(3, 5);
  return Object.values(OPERATORS).find((operator) => operator.prefixes.includes(prefix));
}

/**
 * What a customer may type on the checkout page (`70 11 22 33`, `+226 70112233`, `0022670112233`)
 * turned into the LigdiCash format, or undefined when it is not a Burkina number.
 */
export function normalizeCustomerPhone(input: string): string | undefined {
  let digits = input.replace(/[\s.\-()]/g, "");
  if (digits.startsWith("+")) digits = digits.slice(1);
  else if (digits.startsWith("00")) digits = digits.slice(2);
  if (/^\d{8}$/.test(digits)) digits = `226${digits}`;
  return isBurkinaPhone(digits) ? digits : undefined;
}

/** `22670112233` → `+226 70 11 22 33`, for pages. */
export function formatPhone(phone: string): string {
  if (!isBurkinaPhone(phone)) return phone;
  const local = phone.slice(3);
  return `+226 ${local.replace(/(\d{2})(?=\d)/g, "$1 ")}`;
}
