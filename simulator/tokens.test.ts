import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  decodeJwtPayload,
  formatCustomDataDate,
  formatLigdiDate,
  newHash,
  newRequestId,
  newToken,
  signJwt,
} from "./tokens";

describe("tokens", () => {
  it("makes HS256 JWTs with the documented payout payload (docs/ligdicash-contract.md §2.5)", () => {
    const now = new Date("2026-01-10T09:14:40Z");
    const token = newToken("finance", 42, "secret", now);
    const [header, payload, signature] = token.split(".");
    expect(token.split(".")).toHaveLength(3);
    expect(JSON.parse(Buffer.from(header ?? "", "base64url").toString())).toEqual({
      typ: "JWT",
      alg: "HS256",
    });
    const start = now.getTime() / 1000;
    expect(decodeJwtPayload(token)).toEqual({
      id_finance: 42,
      start_date: start,
      expiry_date: start + 86_400,
    });
    const expected = createHmac("sha256", "secret").update(`${header}.${payload}`).digest("base64url");
    expect(signature).toBe(expected);
  });

  it("gives invoices an id_invoice payload and different tokens for different ids", () => {
    expect(decodeJwtPayload(newToken("invoice", 1, "s"))).toHaveProperty("id_invoice", 1);
    expect(newToken("invoice", 1, "s")).not.toBe(newToken("invoice", 2, "s"));
  });

  it("decodes nothing from a non-JWT", () => {
    expect(decodeJwtPayload("abc")).toBeUndefined();
    expect(decodeJwtPayload(signJwt({ a: 1 }, "k"))).toEqual({ a: 1 });
  });

  it("makes request ids P + digits and 64-hex hashes", () => {
    expect(newRequestId(new Date("2026-04-15T00:00:00Z"))).toMatch(/^P\d{9}2026$/);
    expect(newHash()).toMatch(/^[0-9a-f]{64}$/);
  });

  it("formats dates like LigdiCash", () => {
    const date = new Date("2026-04-15T11:19:28.120Z");
    expect(formatLigdiDate(date)).toBe("2026-04-15 11:19:28+00");
    expect(formatCustomDataDate(date)).toBe("2026-04-15 11:19:28.120000");
  });
});
