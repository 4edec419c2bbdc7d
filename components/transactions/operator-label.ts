import { OPERATORS } from "@/lib/phone";

/** Display name of an operator code stored on a movement (`orange_bf` → "Orange Money"). */
export function operatorLabel(code: string): string {
  return OPERATORS.find((operator) => operator.code === code)?.name ?? code;
}
