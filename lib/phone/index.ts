export { BF_COUNTRY_CODE, formatPhone, normalizePhone } from "./normalize-phone";
export type { PhoneInputError, PhoneResult } from "./normalize-phone";
export { OPERATORS, detectOperator, findOperatorByLigdicashId, isSupportedByLigdicash } from "./operators";
export type { Operator, OperatorCode, ValidationMode } from "./operators";
export { checkMobileMoneyPhone, isSamePhone } from "./check-mobile-money-phone";
export type { MobileMoneyPhone } from "./check-mobile-money-phone";
export { maskPhone } from "./mask-phone";
