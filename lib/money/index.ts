export { formatSignedXof, formatXof, MINUS_SIGN, NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE } from "./format-xof";
export { parseXofInput } from "./xof-amount";
export type { XofInputError, XofInputResult } from "./xof-amount";
