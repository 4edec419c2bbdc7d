import { describe, expect, it } from "vitest";
import { bearerSecret, hashApiSecret, newApiSecret } from "./secret";

describe("API key secrets", () => {
  it("are 32 random bytes behind caisse_sk_, stored as a hash that does not contain them", () => {
    const a = newApiSecret();
    const b = newApiSecret();
    expect(a.secret).toMatch(/^caisse_sk_[A-Za-z0-9_-]{43}$/);
    expect(a.secret).not.toBe(b.secret);
    expect(a.prefix).toBe(a.secret.slice(0, 16));
    expect(a.hash).toBe(hashApiSecret(a.secret));
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).not.toContain(a.secret.slice(10));
  });

  it("reads a Bearer header, and nothing that is not a key's shape", () => {
    const { secret } = newApiSecret();
    expect(bearerSecret(`Bearer ${secret}`)).toBe(secret);
    expect(bearerSecret(`bearer  ${secret}`)).toBe(secret);
    expect(bearerSecret(null)).toBeNull();
    expect(bearerSecret(secret)).toBeNull();
    expect(bearerSecret(`Basic ${secret}`)).toBeNull();
    expect(bearerSecret(`Bearer ${secret}x`)).toBeNull();
    expect(bearerSecret("Bearer caisse_sk_' OR 1=1 --")).toBeNull();
    expect(bearerSecret(`Bearer ${secret} extra`)).toBeNull();
  });
});
