import { describe, expect, it } from "vitest";
import { invoiceInputSchema, invoiceTotal } from "./schemas";

const now = new Date("2026-11-24T10:00:00Z");
const schema = invoiceInputSchema(
  { minAmount: 20, maxAmount: 1_000_000 },
  (key, values) => `${key}${values ? JSON.stringify(values) : ""}`,
  () => now,
);
const base = {
  idempotencyKey: "7b0e4a52-6a0f-4a3e-9a55-0d3c6c0b1f00",
  channel: "hosted",
  customerFirstname: " Awa ",
  customerLastname: "Ouedraogo",
  customerEmail: "awa@example.bf",
  items: [{ name: "Pagne", quantity: 2, unitPrice: 5_500 }],
  description: "Commande 1042",
};
const errorsOf = (input: object) => {
  const result = schema.safeParse({ ...base, ...input });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("invoiceInputSchema", () => {
  it("accepts a hosted invoice and trims text", () => {
    const parsed = schema.parse(base);
    expect(parsed.customerFirstname).toBe("Awa");
    expect(parsed.items[0]).toMatchObject({ description: "" });
    expect(parsed.merchantReference).toBeUndefined();
  });

  it("checks the total against the amount limits", () => {
    expect(errorsOf({ items: [{ name: "Bonbon", quantity: 1, unitPrice: 10 }] })).toEqual([
      'items: errors.belowMinimum{"amount":20}',
    ]);
    expect(errorsOf({ items: [{ name: "Moto", quantity: 2, unitPrice: 600_000 }] })).toEqual([
      'items: errors.aboveMaximum{"amount":1000000}',
    ]);
  });

  it("names each bad field", () => {
    expect(errorsOf({ customerEmail: "awa@", items: [{ name: "", quantity: 0, unitPrice: 1.5 }] })).toEqual(
      expect.arrayContaining([
        "customerEmail: errors.email",
        "items.0.name: errors.itemName",
        "items.0.quantity: errors.quantity",
        "items.0.unitPrice: errors.unitPrice",
      ]),
    );
  });

  it("refuses an expiry in the past", () => {
    expect(errorsOf({ expiresAt: "2026-11-24T09:59:00Z" })).toEqual(["expiresAt: errors.expiresPast"]);
    expect(schema.parse({ ...base, expiresAt: "2026-11-25T10:00:00Z" }).expiresAt).toEqual(
      new Date("2026-11-25T10:00:00Z"),
    );
  });

  it("direct payin: Orange needs a 6-digit OTP, Moov none and at least 100 FCFA, Telecel is refused", () => {
    expect(errorsOf({ channel: "direct", payerPhone: "76000001" })).toEqual([
      'otp: errors.otp{"ussd":"*144*4*6#"}',
    ]);
    expect(errorsOf({ channel: "direct", payerPhone: "76000001", otp: "123456" })).toEqual([]);
    expect(
      errorsOf({
        channel: "direct",
        payerPhone: "70000002",
        items: [{ name: "Eau", quantity: 1, unitPrice: 50 }],
      }),
    ).toEqual(['items: errors.belowOperatorMinimum{"operator":"Moov Money","amount":100}']);
    expect(errorsOf({ channel: "direct", payerPhone: "78000000" })).toEqual([
      'payerPhone: errors.operatorUnsupported{"operator":"Telecel Money"}',
    ]);
    expect(errorsOf({ channel: "direct", payerPhone: "12" })).toEqual(["payerPhone: errors.payerPhone"]);
  });

  it("totals whole lines only", () => {
    expect(
      invoiceTotal([
        { quantity: 2, unitPrice: 5_500 },
        { quantity: 1, unitPrice: 1_500 },
      ]),
    ).toBe(12_500);
    expect(invoiceTotal([{ quantity: Number.NaN, unitPrice: 100 }])).toBe(0);
  });
});
