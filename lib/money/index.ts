export { formatSignedXof, formatXof, MINUS_SIGN, NARROW_NO_BREAK_SPACE, NO_BREAK_SPACE } from "./format-xof";
export { parseXofInput } from "./parse-xof-input";
export type { XofInputError, XofInputResult } from "./parse-xof-input";
