import { BF_COUNTRY_CODE, normalizePhone } from "./normalize-phone";

/**
 * Burkina Faso mobile operators, found from the first two digits of the national number.
 *
 * Prefixes — verified against libphonenumber: its BF mobile pattern is
 * `(?:0[1-35-7]|5[0-8]|[67]\d)\d{6}` and its carrier ranges map 01–03, 50–53, 60–63, 70–73 to
 * Onatel (now Moov Africa), 05–07, 54–57, 64–67, 74–77 to Orange (ex-Airtel) and 58, 68, 69, 78,
 * 79 to Telecel Faso. 59 is not an assigned mobile range there, so it is not listed (a 59 number
 * reads as "operator unknown"). No number portability in Burkina Faso, so the prefix is reliable.
 *
 * LigdiCash side (docs/ligdicash-contract.md §9): Orange BF = operator_id 11, "ORANGE BURKINA", USSD OTP mode
 * (the customer dials *144*4*6# and gives the code), minimum 10 XOF; Moov BF = 12,
 * "MOOV AFRICA BURKINA", push mode (otp ""), minimum 100 XOF. Telecel is not in LigdiCash's
 * operator list: its LigdiCash fields are null and Caisse refuses it before calling LigdiCash.
 */

export type OperatorCode = "orange_bf" | "moov_bf" | "telecel_bf";
export type ValidationMode = "ussd_otp" | "push";

export type Operator = {
  code: OperatorCode;
  /** Display name for staff and customers. */
  name: string;
  /** `operator_id` LigdiCash reports for this operator; null when LigdiCash does not list it. */
  ligdicashOperatorId: number | null;
  /** `operator_name` LigdiCash reports (wallet payouts prefix it with "LigdiCash "). */
  ligdicashOperatorName: string | null;
  /** How a direct payin is approved; null when LigdiCash does not support the operator. */
  validationMode: ValidationMode | null;
  /** What the customer dials to get the OTP (USSD OTP mode only). */
  ussdCode?: string;
  /** Smallest payin LigdiCash accepts for this operator, in XOF; null when unknown. */
  minAmount: number | null;
  prefixes: readonly string[];
};

export const OPERATORS: readonly Operator[] = [
  {
    code: "orange_bf",
    name: "Orange Money",
    ligdicashOperatorId: 11,
    ligdicashOperatorName: "ORANGE BURKINA",
    validationMode: "ussd_otp",
    ussdCode: "*144*4*6#",
    minAmount: 10,
    prefixes: ["05", "06", "07", "54", "55", "56", "57", "64", "65", "66", "67", "74", "75", "76", "77"],
  },
  {
    code: "moov_bf",
    name: "Moov Money",
    ligdicashOperatorId: 12,
    ligdicashOperatorName: "MOOV AFRICA BURKINA",
    validationMode: "push",
    minAmount: 100,
    prefixes: ["01", "02", "03", "50", "51", "52", "53", "60", "61", "62", "63", "70", "71", "72", "73"],
  },
  {
    code: "telecel_bf",
    name: "Telecel Money",
    ligdicashOperatorId: null,
    ligdicashOperatorName: null,
    validationMode: null,
    minAmount: null,
    prefixes: ["58", "68", "69", "78", "79"],
  },
];

/** The operator of a Burkina mobile number (any accepted input format), or null when unknown. */
export function detectOperator(phone: string): Operator | null {
  const result = normalizePhone(phone);
  if (!result.ok) return null;
  const prefix = result.value.slice(BF_COUNTRY_CODE.length, BF_COUNTRY_CODE.length + 2);
  return OPERATORS.find((operator) => operator.prefixes.includes(prefix)) ?? null;
}

/** The operator behind a LigdiCash `operator_id` (a string in confirms, a number in payout callbacks). */
export function findOperatorByLigdicashId(id: string | number | null | undefined): Operator | null {
  if (id === null || id === undefined || String(id).trim() === "") return null;
  const numeric = Number(id);
  return OPERATORS.find((operator) => operator.ligdicashOperatorId === numeric) ?? null;
}

/** True when Caisse can send this operator's numbers to LigdiCash at all. */
export function isSupportedByLigdicash(operator: Operator): boolean {
  return operator.ligdicashOperatorId !== null;
}
