import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/app-error";
import { assertSameRequest, fingerprintRequest } from "./request-fingerprint";

describe("fingerprintRequest", () => {
  const body = {
    idempotencyKey: "k-1",
    amount: 500,
    recipient: { source: "typed_twice", phone: "70000002" },
  };

  it("ignores the key itself, key order and absent fields", () => {
    const reordered = {
      recipient: { phone: "70000002", source: "typed_twice" },
      amount: 500,
      idempotencyKey: "k-2",
      note: undefined,
    };
    expect(fingerprintRequest(reordered)).toBe(fingerprintRequest(body));
  });

  it("tells apart any change of value, nested ones and dates included", () => {
    expect(fingerprintRequest({ ...body, amount: 501 })).not.toBe(fingerprintRequest(body));
    expect(fingerprintRequest({ ...body, recipient: { source: "typed_twice", phone: "70000003" } })).not.toBe(
      fingerprintRequest(body),
    );
    const at = (iso: string) => fingerprintRequest({ idempotencyKey: "k", expiresAt: new Date(iso) });
    expect(at("2026-12-01T10:00:00Z")).not.toBe(at("2026-12-02T10:00:00Z"));
  });

  it("assertSameRequest refuses another body with idempotency_key_reused and replays rows stored without a hash", () => {
    expect(() => assertSameRequest(fingerprintRequest(body), { ...body, amount: 9 })).toThrow(AppError);
    expect(() => assertSameRequest(fingerprintRequest(body), { ...body, amount: 9 })).toThrow(
      "idempotency_key_reused",
    );
    expect(() => assertSameRequest(fingerprintRequest(body), body)).not.toThrow();
    expect(() => assertSameRequest(null, body)).not.toThrow();
  });
});
