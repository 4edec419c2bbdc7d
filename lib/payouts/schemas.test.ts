import { describe, expect, it } from "vitest";
import { requestPayoutSchema } from "./schemas";

// The translator of a test: the key and its values, so each assertion names the words it expects.
const t = (key: string, values?: Record<string, string | number>) =>
  values ? `${key} ${JSON.stringify(values)}` : key;
const schema = requestPayoutSchema({ minAmount: 20, maxAmount: 1_000_000 }, t);

const body = (over: Record<string, unknown> = {}) => ({
  idempotencyKey: "0123456789abcdef0123",
  purpose: "supplier",
  amount: "20 000",
  reason: "Livraison",
  destination: "mobile_money",
  recipient: { source: "typed_twice", phone: "70 00 00 02", phoneConfirm: "70000002" },
  ...over,
});
const errors = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("requestPayoutSchema", () => {
  it("reads the amount as typed", () => {
    expect(schema.parse(body()).amount).toBe(20_000);
    expect(schema.parse(body({ amount: "20.000 FCFA" })).amount).toBe(20_000);
    expect(schema.parse(body({ amount: 20_000 })).amount).toBe(20_000);
  });

  it("turns down what LigdiCash would refuse, before any record: 0 and 10 below the minimum, too much above", () => {
    expect(errors(body({ amount: "10" }))).toEqual({
      amount: 'payouts.form.errors.belowMinimum {"amount":20}',
    });
    expect(errors(body({ amount: 0 }))).toEqual({ amount: 'payouts.form.errors.belowMinimum {"amount":20}' });
    expect(errors(body({ amount: "1 000 001" }))).toEqual({
      amount: 'payouts.form.errors.aboveMaximum {"amount":1000000}',
    });
    expect(errors(body({ amount: "12,5" }))).toEqual({ amount: "gateway.amountInput.decimal" });
  });

  it("gives every error at once, each in its own words", () => {
    expect(
      errors(
        body({
          amount: "",
          reason: "x",
          recipient: { source: "typed_twice", phone: "12", phoneConfirm: "" },
        }),
      ),
    ).toEqual({
      amount: "gateway.amountInput.empty",
      reason: "payouts.form.reasonTooShort",
      "recipient.phone": "gateway.phoneInput.wrong_length",
    });
    expect(
      errors(body({ recipient: { source: "typed_twice", phone: "70000002", phoneConfirm: "70000003" } })),
    ).toEqual({
      "recipient.phoneConfirm": "payouts.form.phoneMismatch",
    });
    expect(
      errors(body({ recipient: { source: "typed_twice", phone: "78000002", phoneConfirm: "78000002" } })),
    ).toEqual({
      "recipient.phone": "payouts.form.operatorUnsupported",
    });
  });
});
